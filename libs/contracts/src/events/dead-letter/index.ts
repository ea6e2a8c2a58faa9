export * from './dead-letter.schema';
