export * from './apps';
export * from './engines';
export * from './eventually';
export * from './realistic-pages';
