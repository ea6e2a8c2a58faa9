export * from './batch-body';
export * from './batch-lines';
export * from './dependency-outage';
export * from './dependency-outage.filter';
export * from './json-body';
export * from './request-size-limits';
export * from './start-http-service';
export * from './zod-validation.pipe';
