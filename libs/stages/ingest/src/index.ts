export * from './submit-article';
export * from './submit-wire-document';
