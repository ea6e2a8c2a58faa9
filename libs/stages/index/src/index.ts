export * from './index-article';
export * from './apply-translation';
