export * from './apps';
export * from './engines';
export * from './realistic-pages';
