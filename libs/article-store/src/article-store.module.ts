import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ArticleRepository } from './article.repository';
import { articleDataSourceOptions, createArticleDataSource, runArticleMigrations } from './article-data-source';
import { ArticleSourceRepository } from './article-source.repository';
import { DatabaseReadiness } from './database-readiness';
import { FeedRepository } from './feed.repository';
import { StoryRepository } from './story.repository';
import { TranslationRepository } from './translation.repository';

/** What the module provides is what it exports: the repositories and the readiness check. */
const STORE_PROVIDERS = [
  ArticleRepository,
  ArticleSourceRepository,
  StoryRepository,
  TranslationRepository,
  DatabaseReadiness,
  FeedRepository,
];

@Module({})
export class ArticleStoreModule {
  /**
   * Writers apply pending migrations at start-up; readers such as the search API only connect. A
   * database that cannot be reached stops the process at once (no retries), as a bad setting does.
   * TypeOrmModule closes the data source on shutdown.
   */
  static forRoot(options: { databaseUrl: string; applyMigrations: boolean }): DynamicModule {
    return {
      module: ArticleStoreModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...articleDataSourceOptions(options.databaseUrl), retryAttempts: 1 }),
          dataSourceFactory: async () => {
            const dataSource = await createArticleDataSource(options.databaseUrl).initialize();
            if (options.applyMigrations) await runArticleMigrations(dataSource);
            return dataSource;
          },
        }),
      ],
      providers: STORE_PROVIDERS,
      exports: STORE_PROVIDERS,
    };
  }
}
