export * from './engines';
export * from './apps';
