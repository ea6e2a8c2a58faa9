export * from './feed-document';
export * from './read-wire-document';
