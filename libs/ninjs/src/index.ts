export * from './ninjs.schema';
export * from './render-ninjs';
export * from './with-translations';
