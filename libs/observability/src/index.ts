export * from './health.controller';
export * from './observability.module';
export * from './readiness-check';
export * from './stage-metrics';
