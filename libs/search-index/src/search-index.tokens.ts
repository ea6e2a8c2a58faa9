export const ELASTICSEARCH = Symbol('ELASTICSEARCH');
