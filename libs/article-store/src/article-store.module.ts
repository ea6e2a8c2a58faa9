import { type DynamicModule, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ArticleRepository } from './article.repository';
import { createArticleDataSource, runArticleMigrations } from './article-data-source';
import { DatabaseReadiness } from './database-readiness';
import { StoryRepository } from './story.repository';

@Module({})
export class ArticleStoreModule implements OnApplicationShutdown {
  constructor(private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    await this.dataSource.destroy();
  }

  /** Writers apply pending migrations at start-up; readers such as the search API only connect. */
  static forRoot(options: { databaseUrl: string; applyMigrations: boolean }): DynamicModule {
    return {
      module: ArticleStoreModule,
      global: true,
      providers: [
        {
          provide: DataSource,
          useFactory: async () => {
            const dataSource = await createArticleDataSource(options.databaseUrl).initialize();
            if (options.applyMigrations) await runArticleMigrations(dataSource);
            return dataSource;
          },
        },
        ArticleRepository,
        StoryRepository,
        DatabaseReadiness,
      ],
      exports: [DataSource, ArticleRepository, StoryRepository, DatabaseReadiness],
    };
  }
}
