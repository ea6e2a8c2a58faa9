import { type DynamicModule, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createArticleDataSource, runArticleMigrations } from './article-data-source';
import { ArticleRepository } from './article.repository';
import { DatabaseReadiness } from './database-readiness';

@Module({})
export class ArticleStoreModule implements OnApplicationShutdown {
  constructor(private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    await this.dataSource.destroy();
  }

  static forRoot(options: { databaseUrl: string }): DynamicModule {
    return {
      module: ArticleStoreModule,
      global: true,
      providers: [
        {
          provide: DataSource,
          useFactory: async () => {
            const dataSource = await createArticleDataSource(options.databaseUrl).initialize();
            await runArticleMigrations(dataSource);
            return dataSource;
          },
        },
        ArticleRepository,
        DatabaseReadiness,
      ],
      exports: [DataSource, ArticleRepository, DatabaseReadiness],
    };
  }
}
