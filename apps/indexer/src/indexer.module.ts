import { type DynamicModule, Module } from '@nestjs/common';
import { ArticleStoreModule } from '@newsflow/article-store';
import { SearchIndexModule } from '@newsflow/search-index';
import { ApplyTranslation, IndexArticles, WithdrawArticles } from '@newsflow/stage-index';

import { ArticleWithdrawalsController } from './article-withdrawals.controller';
import { ClassifiedArticlesController } from './classified-articles.controller';
import type { IndexerSettings } from './indexer-settings';
import { TranslatedArticlesController } from './translated-articles.controller';

@Module({})
export class IndexerModule {
  static register(settings: IndexerSettings): DynamicModule {
    return {
      module: IndexerModule,
      imports: [
        ArticleStoreModule.forRoot({ databaseUrl: settings.DATABASE_URL, applyMigrations: true }),
        SearchIndexModule.forRoot({
          url: settings.ELASTICSEARCH_URL,
          indexPrefix: settings.ELASTICSEARCH_INDEX_PREFIX,
        }),
      ],
      controllers: [ClassifiedArticlesController, TranslatedArticlesController, ArticleWithdrawalsController],
      providers: [IndexArticles, ApplyTranslation, WithdrawArticles],
    };
  }
}
