export * from './article-body';
export * from './normalised-article.schema';
