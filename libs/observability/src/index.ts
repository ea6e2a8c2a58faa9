export * from './observability.module';
export * from './stage-metrics';
export * from './readiness-check';
export * from './health.controller';
