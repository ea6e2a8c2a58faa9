export * from './article-submission.schema';
export * from './article-id';
