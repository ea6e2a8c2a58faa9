export * from './consumer-lag/consumer-lag-metrics';
export * from './consumer-lag/offset-snapshot';
export * from './freshness-metrics';
export * from './health.controller';
export * from './observability.module';
export * from './readiness-check';
export * from './stage-metrics';
export * from './store-write-metrics';
