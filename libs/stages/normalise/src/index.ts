export * from './normalise-article';
