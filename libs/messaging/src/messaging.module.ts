import { type DynamicModule, Module } from '@nestjs/common';

import { ConsumerHealth } from './consuming/consumer-health';
import { KafkaBatchTransport } from './consuming/kafka-batch-transport';
import { createKafkaClient } from './kafka-client';
import { KafkaReadiness } from './kafka-readiness';
import { KAFKA, MESSAGING_OPTIONS, type MessagingOptions } from './messaging-options';
import { DeadLetterPublisher } from './publishing/dead-letter-publisher';
import { EventPublisher } from './publishing/event-publisher';
import { TopicProvisioner } from './publishing/topic-provisioner';

@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        { provide: KAFKA, useFactory: () => createKafkaClient(options) },
        TopicProvisioner,
        EventPublisher,
        DeadLetterPublisher,
        KafkaReadiness,
        ConsumerHealth,
        KafkaBatchTransport,
      ],
      exports: [
        EventPublisher,
        DeadLetterPublisher,
        KafkaReadiness,
        ConsumerHealth,
        KafkaBatchTransport,
        MESSAGING_OPTIONS,
        KAFKA,
      ],
    };
  }
}
