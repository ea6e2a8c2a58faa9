export * from './article-id';
export * from './article-submission.schema';
