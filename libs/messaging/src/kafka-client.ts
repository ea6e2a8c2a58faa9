import { Kafka, logLevel } from 'kafkajs';

import type { MessagingOptions } from './messaging-options';

/** kafkajs is unmaintained upstream, so only this lib constructs it: a swap touches one folder. */
export function createKafkaClient(options: MessagingOptions): Kafka {
  return new Kafka({
    clientId: `newsflow-${options.stage}`,
    brokers: options.brokers,
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 200, retries: 10 },
  });
}
