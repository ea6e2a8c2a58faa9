import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { ApiKeysModule } from '@newsflow/api-keys';
import { ArticleStoreModule, DatabaseReadiness } from '@newsflow/article-store';
import { KafkaOffsetSource, KafkaReadiness, MessagingModule } from '@newsflow/messaging';
import {
  ConsumerLagMetrics,
  HealthController,
  ObservabilityModule,
  OFFSET_SOURCE,
  READINESS_CHECKS,
} from '@newsflow/observability';
import {
  BoundedPublishing,
  PUBLISH_TIMEOUTS,
  PUBLISHING_BOUND,
  SubmitArticle,
  SubmitArticleBatch,
  SubmitWireDocument,
  WithdrawArticle,
} from '@newsflow/stage-ingest';

import { ArticlesController } from './articles.controller';
import { feedProviders } from './feed-providers';
import { FeedsController } from './feeds.controller';
import type { IngestSettings } from './ingest-settings';

@Module({})
export class IngestModule {
  static register(settings: IngestSettings): DynamicModule {
    const keysRequired = settings.INGEST_AUTH === 'required';
    const feeds = settings.FEED_POLLING === 'on';
    const databaseUrl = keysRequired || feeds ? settings.DATABASE_URL : undefined;
    return {
      module: IngestModule,
      imports: [
        ObservabilityModule.forRoot({
          service: 'ingest',
          logLevel: settings.LOG_LEVEL,
          unloggedRoutes: [
            { path: 'v1/articles', method: RequestMethod.POST },
            { path: 'v1/articles/batch', method: RequestMethod.POST },
          ],
        }),
        MessagingModule.forRoot({
          stage: 'ingest',
          brokers: settings.KAFKA_BROKERS,
          topicPartitions: settings.KAFKA_TOPIC_PARTITIONS,
          connectInBackground: true,
        }),
        // Keys and feeds live in PostgreSQL; ingest applies pending migrations so that a fresh database can take them at once.
        ...(databaseUrl ? [ArticleStoreModule.forRoot({ databaseUrl, applyMigrations: true })] : []),
        ApiKeysModule.forRoot({
          required: keysRequired,
          scope: 'publish',
          requestsPerMinute: settings.INGEST_RATE_LIMIT_PER_MINUTE,
        }),
      ],
      controllers: [ArticlesController, ...(feeds ? [FeedsController] : []), HealthController],
      providers: [
        BoundedPublishing,
        SubmitArticle,
        WithdrawArticle,
        SubmitWireDocument,
        SubmitArticleBatch,
        ...(feeds ? feedProviders(settings) : []),
        { provide: PUBLISHING_BOUND, useValue: { maxPendingArticles: settings.INGEST_MAX_PENDING_ARTICLES } },
        {
          provide: PUBLISH_TIMEOUTS,
          useValue: {
            healthyMs: settings.INGEST_PUBLISH_TIMEOUT_MS,
            failingMs: settings.INGEST_FAILING_PUBLISH_TIMEOUT_MS,
          },
        },
        // Ingest exports the lag of every consumer group: it stays visible while a stage is down.
        { provide: OFFSET_SOURCE, useClass: KafkaOffsetSource },
        ConsumerLagMetrics,
        databaseUrl
          ? {
              provide: READINESS_CHECKS,
              useFactory: (kafka: KafkaReadiness, database: DatabaseReadiness) => [kafka, database],
              inject: [KafkaReadiness, DatabaseReadiness],
            }
          : { provide: READINESS_CHECKS, useFactory: (kafka: KafkaReadiness) => [kafka], inject: [KafkaReadiness] },
      ],
    };
  }
}
