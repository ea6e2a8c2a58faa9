export * from './search-query.schema';
export * from './search-articles';
export * from './get-article';
