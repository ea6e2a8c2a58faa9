export * from './bounded-publishing';
export * from './feeds';
export * from './source-not-allowed.error';
export * from './submit-article';
export * from './submit-article-batch';
export * from './submit-wire-document';
export * from './withdraw-article';
