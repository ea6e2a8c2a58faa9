export * from './wire-document';
export * from './wire-samples';
