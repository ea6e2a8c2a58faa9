export * from './apply-translation';
export * from './index-article';
export * from './withdraw-article';
