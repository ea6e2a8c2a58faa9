export * from './index-article';
