export * from './apply-translation';
export * from './index-article';
