export * from './json-body';
export * from './start-http-service';
export * from './zod-validation.pipe';
