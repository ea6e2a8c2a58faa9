export * from './consuming/consumed-event';
export * from './consuming/consumed-event-gate.interceptor';
export * from './kafka-readiness';
export * from './messaging.module';
export * from './messaging-options';
export * from './publishing/dead-letter-publisher';
export * from './publishing/event-publisher';
export * from './start-pipeline-stage';
