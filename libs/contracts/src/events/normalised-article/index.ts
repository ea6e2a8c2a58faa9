export * from './normalised-article.schema';
