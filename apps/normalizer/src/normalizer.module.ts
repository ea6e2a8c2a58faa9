import { type DynamicModule, Module } from '@nestjs/common';
import { KafkaReadiness, MessagingModule } from '@newsflow/messaging';
import { HealthController, ObservabilityModule, READINESS_CHECKS } from '@newsflow/observability';
import { NormaliseArticle } from '@newsflow/stage-normalise';

import type { NormalizerSettings } from './normalizer-settings';
import { SubmittedArticlesController } from './submitted-articles.controller';

@Module({})
export class NormalizerModule {
  static register(settings: NormalizerSettings): DynamicModule {
    return {
      module: NormalizerModule,
      imports: [
        ObservabilityModule.forRoot({ service: 'normalizer', logLevel: settings.LOG_LEVEL }),
        MessagingModule.forRoot({
          stage: 'normalizer',
          brokers: settings.KAFKA_BROKERS,
          topicPartitions: settings.KAFKA_TOPIC_PARTITIONS,
        }),
      ],
      controllers: [SubmittedArticlesController, HealthController],
      providers: [
        NormaliseArticle,
        { provide: READINESS_CHECKS, useFactory: (kafka: KafkaReadiness) => [kafka], inject: [KafkaReadiness] },
      ],
    };
  }
}
