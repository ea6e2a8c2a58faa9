export * from './get-article';
export * from './get-article-versions';
export * from './get-story';
export * from './labelled-facets';
export * from './labels';
export * from './search-articles';
export * from './search-query.schema';
export * from './watch-arrivals';
