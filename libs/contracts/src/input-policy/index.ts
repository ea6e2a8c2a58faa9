export * from './sane-date';
export * from './storable-schemas';
export * from './storable-text';
