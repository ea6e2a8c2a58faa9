export * from './api-key.guard';
export * from './api-key.repository';
export * from './api-key-check';
export * from './api-key-scope';
export * from './api-key-token';
export * from './api-keys.module';
export * from './key-rate-limit';
