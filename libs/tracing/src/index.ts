export * from './article-traces';
export * from './kafka-trace-headers';
export * from './log-trace-fields';
export * from './start-tracing';
