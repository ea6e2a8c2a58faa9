export * from './zod-validation.pipe';
export * from './json-body';
export * from './start-http-service';
