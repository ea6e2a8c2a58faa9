export * from './ninjs.schema';
export * from './render-ninjs';
