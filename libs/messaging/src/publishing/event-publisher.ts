import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { cloudEventHeaders, type EventContract, type EventOf, type EventOrigin } from '@newsflow/contracts';
import { type Kafka, Partitioners, type Producer } from 'kafkajs';

import { KAFKA, MESSAGING_OPTIONS, type MessagingOptions } from '../messaging-options';

export interface OutgoingEvent<C extends EventContract> {
  /** The article id: one key keeps every revision of an article on one partition, in order. */
  key: string;
  payload: EventOf<C>;
  correlationId?: string;
  time?: Date;
}

/**
 * Publishes events with CloudEvents headers after checking them against their contract, so a
 * stage's bug is caught where it happens rather than in the next stage.
 */
@Injectable()
export class EventPublisher implements OnModuleInit, OnApplicationShutdown {
  private readonly producer: Producer;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  async onModuleInit(): Promise<void> {
    await this.producer.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.disconnect();
  }

  async publish<C extends EventContract>(contract: C, event: OutgoingEvent<C>): Promise<void> {
    const payload = contract.schema.parse(event.payload);
    const origin: EventOrigin = {
      type: contract.type,
      source: `/newsflow/${this.options.stage}`,
      subject: event.key,
      correlationId: event.correlationId,
      time: event.time,
    };
    await this.producer.send({
      topic: contract.topic,
      acks: -1,
      messages: [{ key: event.key, value: JSON.stringify(payload), headers: { ...cloudEventHeaders(origin) } }],
    });
  }
}
