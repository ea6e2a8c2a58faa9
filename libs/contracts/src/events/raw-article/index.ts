export * from './article-id';
export * from './article-submission.schema';
export * from './publication.schema';
export * from './sender-concepts.schema';
export * from './wire-document';
