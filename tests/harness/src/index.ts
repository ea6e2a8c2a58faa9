export * from './apps';
export * from './database';
export * from './engines';
export * from './eventually';
export * from './realistic-pages';
