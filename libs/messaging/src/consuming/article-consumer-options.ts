import { type KafkaOptions, Transport } from '@nestjs/microservices';
import { logLevel, Partitioners } from 'kafkajs';

import type { MessagingOptions } from '../messaging-options';

/**
 * Nest's Kafka transport, set up for at-least-once delivery: kafkajs commits an offset only after
 * the handler for that message has resolved, and values stay as raw bytes so that the gate can
 * dead-letter exactly what arrived.
 */
export function articleConsumerOptions(options: MessagingOptions): KafkaOptions {
  return {
    transport: Transport.KAFKA,
    options: {
      postfixId: '',
      client: {
        clientId: `newsflow-${options.stage}-consumer`,
        brokers: options.brokers,
        logLevel: logLevel.WARN,
        retry: { initialRetryTime: 300, retries: 10 },
      },
      consumer: {
        groupId: `newsflow-${options.stage}`,
        allowAutoTopicCreation: false,
        sessionTimeout: 30_000,
        heartbeatInterval: 3_000,
        retry: { initialRetryTime: 300, retries: 10 },
      },
      producer: { createPartitioner: Partitioners.DefaultPartitioner },
      subscribe: { fromBeginning: true },
      run: { autoCommit: true, partitionsConsumedConcurrently: options.topicPartitions },
      parser: { keepBinary: true },
    },
  };
}
