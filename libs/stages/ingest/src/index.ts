export * from './bounded-publishing';
export * from './submit-article';
export * from './submit-wire-document';
export * from './submit-article-batch';
