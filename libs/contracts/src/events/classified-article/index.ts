export * from './classified-article.schema';
