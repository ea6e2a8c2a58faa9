import { type DynamicModule, Module } from '@nestjs/common';
import { ApiKeysModule } from '@newsflow/api-keys';
import { ArticleStoreModule, DatabaseReadiness } from '@newsflow/article-store';
import { HealthController, ObservabilityModule, READINESS_CHECKS } from '@newsflow/observability';
import { ElasticsearchReadiness, SearchIndexModule } from '@newsflow/search-index';
import { GetArticle, GetArticleVersions, GetStory, SearchArticles, WatchArrivals } from '@newsflow/stage-search';

import { ArrivalsController } from './arrivals.controller';
import { ArticlesController } from './articles.controller';
import { LabelsController } from './labels.controller';
import { SearchController } from './search.controller';
import type { SearchApiSettings } from './search-api-settings';
import { SearchUiModule } from './search-ui.module';
import { StoriesController } from './stories.controller';

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
        SearchUiModule.register(settings.SEARCH_UI_DIR),
        ApiKeysModule.forRoot({ required: settings.SEARCH_AUTH === 'read', scope: 'read' }),
      ],
      controllers: [
        SearchController,
        ArrivalsController,
        ArticlesController,
        StoriesController,
        LabelsController,
        HealthController,
      ],
      providers: [
        SearchArticles,
        WatchArrivals,
        GetArticle,
        GetArticleVersions,
        GetStory,
        {
          provide: READINESS_CHECKS,
          useFactory: (database: DatabaseReadiness, search: ElasticsearchReadiness) => [database, search],
          inject: [DatabaseReadiness, ElasticsearchReadiness],
        },
      ],
    };
  }
}
