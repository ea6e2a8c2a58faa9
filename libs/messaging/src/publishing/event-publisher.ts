import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { cloudEventHeaders, type EventContract, type EventOf } from '@newsflow/contracts';
import { traceHeaders } from '@newsflow/tracing';
import type { Context } from '@opentelemetry/api';
import { type Kafka, Partitioners, type Producer, type TopicMessages } from 'kafkajs';

import { keepTrying } from '../keep-trying';
import { KAFKA, MESSAGING_OPTIONS, type MessagingOptions } from '../messaging-options';
import { CoalescedSends } from './coalesced-sends';

export interface OutgoingEvent<C extends EventContract = EventContract> {
  contract: C;
  /** The article id: one key keeps every revision of an article on one partition, in order. */
  key: string;
  payload: EventOf<C>;
  correlationId?: string;
  time?: Date;
  /** The trace the event continues: the consumed article's; by default the active one (an HTTP request's). */
  trace?: Context;
  /** The id of the API key that submitted the article, as provenance. */
  submittedBy?: string;
}

/** Builds an outgoing event with its payload type checked against the contract at compile time. */
export function outgoing<C extends EventContract>(
  contract: C,
  event: Omit<OutgoingEvent<C>, 'contract'>,
): OutgoingEvent {
  return { contract, ...event } as OutgoingEvent;
}

/**
 * Publishes events with CloudEvents headers after checking them against their contract, so a
 * stage's bug is caught where it happens rather than in the next stage. Each event carries its
 * article's W3C trace context, so the next stage continues the article's trace. The producer is
 * idempotent and every send waits for all in-sync replicas.
 */
@Injectable()
export class EventPublisher implements OnModuleInit, OnApplicationShutdown {
  private readonly producer: Producer;
  private readonly sends: CoalescedSends;

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
    this.sends = new CoalescedSends((topicMessages) => this.producer.sendBatch({ acks: -1, topicMessages }));
  }

  async onModuleInit(): Promise<void> {
    if (!this.options.connectInBackground) return this.producer.connect();
    keepTrying('connecting the producer', () => this.producer.connect(), new Logger(EventPublisher.name));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.disconnect();
  }

  /** Events handed to `publish`/`publishAll` that Kafka has not acknowledged (or refused) yet. */
  get pendingEvents(): number {
    return this.sends.pendingMessages;
  }

  async publish<C extends EventContract>(contract: C, event: Omit<OutgoingEvent<C>, 'contract'>): Promise<void> {
    await this.publishAll([outgoing(contract, event)]);
  }

  /**
   * One producer request for a whole batch's outputs, whatever their topics, shared with whatever
   * other callers publish meanwhile; order is kept per topic.
   */
  async publishAll(events: OutgoingEvent[]): Promise<void> {
    if (events.length === 0) return;
    const byTopic = new Map<string, TopicMessages>();
    for (const event of events) {
      const payload = event.contract.schema.parse(event.payload);
      const headers = cloudEventHeaders({
        type: event.contract.type,
        source: `/newsflow/${this.options.stage}`,
        subject: event.key,
        correlationId: event.correlationId,
        time: event.time,
        submittedBy: event.submittedBy,
      });
      const topic = byTopic.get(event.contract.topic) ?? { topic: event.contract.topic, messages: [] };
      topic.messages.push({
        key: event.key,
        value: JSON.stringify(payload),
        headers: { ...traceHeaders(event.trace), ...headers },
      });
      byTopic.set(event.contract.topic, topic);
    }
    await this.sends.enqueue([...byTopic.values()]);
  }
}
