import { type DynamicModule, Module } from '@nestjs/common';
import { ArticleStoreModule, DatabaseReadiness } from '@newsflow/article-store';
import { HealthController, ObservabilityModule, READINESS_CHECKS } from '@newsflow/observability';
import { ElasticsearchReadiness, SearchIndexModule } from '@newsflow/search-index';
import { GetArticle, SearchArticles } from '@newsflow/stage-search';

import { ArticlesController } from './articles.controller';
import { SearchController } from './search.controller';
import type { SearchApiSettings } from './search-api-settings';

@Module({})
export class SearchApiModule {
  static register(settings: SearchApiSettings): DynamicModule {
    return {
      module: SearchApiModule,
      imports: [
        ObservabilityModule.forRoot({ service: 'search-api', logLevel: settings.LOG_LEVEL }),
        ArticleStoreModule.forRoot({ databaseUrl: settings.DATABASE_URL, applyMigrations: false }),
        SearchIndexModule.forRoot({
          url: settings.ELASTICSEARCH_URL,
          indexPrefix: settings.ELASTICSEARCH_INDEX_PREFIX,
          provision: false,
          requestTimeoutMs: settings.SEARCH_TIMEOUT_MS,
          maxRetries: 0,
        }),
      ],
      controllers: [SearchController, ArticlesController, HealthController],
      providers: [
        SearchArticles,
        GetArticle,
        {
          provide: READINESS_CHECKS,
          useFactory: (database: DatabaseReadiness, search: ElasticsearchReadiness) => [database, search],
          inject: [DatabaseReadiness, ElasticsearchReadiness],
        },
      ],
    };
  }
}
