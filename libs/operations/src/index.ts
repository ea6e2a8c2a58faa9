export * from './dead-letters/dead-letter-selection';
export * from './dead-letters/dead-letter-topic';
export * from './dead-letters/redrive-dead-letters';
export * from './progress';
export * from './reindex/reindex-articles';
export * from './replay/replay-from-time';
export * from './time-bound';
