export * from './article-countries';
export * from './classified-article.schema';
export * from './classifier-revision';
