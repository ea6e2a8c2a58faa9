import { type DynamicModule, Module } from '@nestjs/common';
import { ArticleStoreModule, DatabaseReadiness } from '@newsflow/article-store';
import { KafkaReadiness, MessagingModule } from '@newsflow/messaging';
import { HealthController, ObservabilityModule, READINESS_CHECKS } from '@newsflow/observability';
import { ElasticsearchReadiness, SearchIndexModule } from '@newsflow/search-index';
import { IndexArticle } from '@newsflow/stage-index';

import { ClassifiedArticlesController } from './classified-articles.controller';
import type { IndexerSettings } from './indexer-settings';

@Module({})
export class IndexerModule {
  static register(settings: IndexerSettings): DynamicModule {
    return {
      module: IndexerModule,
      imports: [
        ObservabilityModule.forRoot({ service: 'indexer', logLevel: settings.LOG_LEVEL }),
        MessagingModule.forRoot({
          stage: 'indexer',
          brokers: settings.KAFKA_BROKERS,
          topicPartitions: settings.KAFKA_TOPIC_PARTITIONS,
        }),
        ArticleStoreModule.forRoot({ databaseUrl: settings.DATABASE_URL, applyMigrations: true }),
        SearchIndexModule.forRoot({
          url: settings.ELASTICSEARCH_URL,
          indexPrefix: settings.ELASTICSEARCH_INDEX_PREFIX,
        }),
      ],
      controllers: [ClassifiedArticlesController, HealthController],
      providers: [
        IndexArticle,
        {
          provide: READINESS_CHECKS,
          useFactory: (kafka: KafkaReadiness, database: DatabaseReadiness, search: ElasticsearchReadiness) => [
            kafka,
            database,
            search,
          ],
          inject: [KafkaReadiness, DatabaseReadiness, ElasticsearchReadiness],
        },
      ],
    };
  }
}
