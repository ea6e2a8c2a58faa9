export * from './submit-article';
