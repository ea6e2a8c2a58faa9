import { type DynamicModule, Module } from '@nestjs/common';
import { ArticleStoreModule, DatabaseReadiness } from '@newsflow/article-store';
import { KafkaReadiness, MessagingModule } from '@newsflow/messaging';
import { HealthController, ObservabilityModule, READINESS_CHECKS } from '@newsflow/observability';
import { ClassifyArticle } from '@newsflow/stage-classify';

import type { ClassifierSettings } from './classifier-settings';
import { NormalisedArticlesController } from './normalised-articles.controller';

@Module({})
export class ClassifierModule {
  static register(settings: ClassifierSettings): DynamicModule {
    return {
      module: ClassifierModule,
      imports: [
        ObservabilityModule.forRoot({ service: 'classifier', logLevel: settings.LOG_LEVEL }),
        MessagingModule.forRoot({
          stage: 'classifier',
          brokers: settings.KAFKA_BROKERS,
          topicPartitions: settings.KAFKA_TOPIC_PARTITIONS,
        }),
        ArticleStoreModule.forRoot({ databaseUrl: settings.DATABASE_URL, applyMigrations: true }),
      ],
      controllers: [NormalisedArticlesController, HealthController],
      providers: [
        ClassifyArticle,
        {
          provide: READINESS_CHECKS,
          useFactory: (kafka: KafkaReadiness, database: DatabaseReadiness) => [kafka, database],
          inject: [KafkaReadiness, DatabaseReadiness],
        },
      ],
    };
  }
}
