export * from './classify-article';
