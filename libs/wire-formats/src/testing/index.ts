export * from './wire-samples';
