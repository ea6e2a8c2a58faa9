export * from './budgeted-workers';
export * from './keep-submissions';
export * from './normalise';
export type { TextWorkAnswer } from './normalise.worker';
export * from './normalise-articles';
export * from './normalise-documents';
