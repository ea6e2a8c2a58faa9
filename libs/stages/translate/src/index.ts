export * from './translate-article';
export * from './translation-plan';
