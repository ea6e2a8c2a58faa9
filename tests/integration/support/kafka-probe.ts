import { randomUUID } from 'node:crypto';

import { eventually } from '@newsflow/test-harness';
import { type IHeaders, Kafka, type KafkaMessage, logLevel } from 'kafkajs';

import { stack } from './stack-env';

export interface RecordedMessage {
  key: string | null;
  value: Buffer | null;
  headers: IHeaders;
  offset: string;
}

/**
 * Talks to the real broker the way a newsroom system or an operator would: publishes raw bytes,
 * and reads back what a topic holds.
 */
export class KafkaProbe {
  private readonly kafka = new Kafka({
    clientId: 'newsflow-e2e',
    brokers: stack.kafkaBrokers,
    logLevel: logLevel.ERROR,
  });
  private readonly producer = this.kafka.producer({ allowAutoTopicCreation: false });

  async connect(): Promise<void> {
    await this.producer.connect();
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }

  async publish(
    topic: string,
    message: { key?: string; value: Buffer | string | null; headers?: IHeaders },
  ): Promise<{ partition: number; offset: string }> {
    const [metadata] = await this.producer.send({ topic, messages: [message] });
    return { partition: metadata.partition, offset: metadata.baseOffset ?? '0' };
  }

  /** One producer request, so that the messages arrive together (e.g. as one batch of one partition). */
  async publishAll(
    topic: string,
    messages: { key?: string; value: Buffer | string | null; headers?: IHeaders; partition?: number }[],
  ): Promise<void> {
    await this.producer.send({ topic, messages });
  }

  /** Waits until a consumer group has committed past a message, i.e. finished processing it. */
  async waitUntilConsumed(
    groupId: string,
    topic: string,
    published: { partition: number; offset: string },
    timeoutMs = 60_000,
  ) {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await eventually(
        async () => {
          const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
          const committed = offsets.partitions.find((p) => p.partition === published.partition)?.offset ?? '-1';
          if (BigInt(committed) <= BigInt(published.offset))
            throw new Error(`${groupId} did not consume ${topic}/${published.partition}@${published.offset}`);
        },
        timeoutMs,
        200,
      );
    } finally {
      await admin.disconnect();
    }
  }

  /** Starts a new consumer group at the topic's end, so it sees only the messages a test publishes. */
  async startGroupAtEnd(groupId: string, topic: string): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const ends = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({
        groupId,
        topic,
        partitions: ends.map(({ partition, high }) => ({ partition, offset: high })),
      });
    } finally {
      await admin.disconnect();
    }
  }

  async find(
    topic: string,
    found: (message: RecordedMessage) => boolean,
    timeoutMs = 60_000,
  ): Promise<RecordedMessage> {
    const [first] = await this.findAll(topic, found, 1, timeoutMs);
    return first;
  }

  /** Reads the topic from the beginning until `count` messages match or time runs out. */
  async findAll(
    topic: string,
    found: (message: RecordedMessage) => boolean,
    count: number,
    timeoutMs = 60_000,
  ): Promise<RecordedMessage[]> {
    const consumer = this.kafka.consumer({ groupId: `newsflow-e2e-${randomUUID()}` });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      const matches: RecordedMessage[] = [];
      return await new Promise<RecordedMessage[]>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${matches.length} of ${count} matching messages on ${topic} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        void consumer.run({
          eachMessage: async ({ message }: { message: KafkaMessage }) => {
            const recorded: RecordedMessage = {
              key: message.key?.toString() ?? null,
              value: message.value,
              headers: message.headers ?? {},
              offset: message.offset,
            };
            if (matches.length < count && found(recorded)) matches.push(recorded);
            if (matches.length === count) {
              clearTimeout(timer);
              resolve(matches);
            }
          },
        });
      });
    } finally {
      await consumer.disconnect();
    }
  }

  /** Every message the topic holds now: read from the beginning up to each partition's end. */
  async readAll(topic: string): Promise<RecordedMessage[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
    const remaining = ends.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0);
    if (remaining === 0) return [];
    return this.findAll(topic, () => true, remaining);
  }
}

export function json(message: RecordedMessage): Record<string, unknown> {
  return JSON.parse(message.value?.toString('utf8') ?? 'null');
}
