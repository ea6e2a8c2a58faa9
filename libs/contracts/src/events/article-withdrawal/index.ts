export * from './article-withdrawal.schema';
