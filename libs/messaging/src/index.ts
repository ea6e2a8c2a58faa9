export * from './messaging-options';
export * from './messaging.module';
export * from './kafka-readiness';
export * from './publishing/event-publisher';
export * from './publishing/dead-letter-publisher';
export * from './consuming/consumed-event';
export * from './consuming/consumed-event-gate.interceptor';
export * from './start-pipeline-stage';
