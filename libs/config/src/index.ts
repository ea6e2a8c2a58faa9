export * from './early-http';
export * from './load-config';
export * from './run-service';
export * from './settings';
