export * from './translated-article.schema';
