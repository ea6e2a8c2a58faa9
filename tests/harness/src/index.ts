export * from './apps';
export * from './engines';
