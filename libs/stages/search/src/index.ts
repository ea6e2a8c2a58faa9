export * from './get-article';
export * from './search-articles';
export * from './search-query.schema';
