export * from './article.record';
export * from './article.repository';
export * from './article-data-source';
export * from './article-store.module';
export * from './database-readiness';
export * from './story.repository';
export * from './story-candidates';
export * from './translation.repository';
