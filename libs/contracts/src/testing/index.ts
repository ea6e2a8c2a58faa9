export * from './classified-article.fixture';
