import { Kafka, logLevel } from 'kafkajs';

import type { MessagingOptions } from './messaging-options';

/** kafkajs is unmaintained upstream, so only this lib constructs it: a swap touches one folder. */
export function createKafkaClient(options: MessagingOptions): Kafka {
  return new Kafka({
    clientId: `newsflow-${options.stage}`,
    brokers: options.brokers,
    logLevel: logLevel.WARN,
    // kafkajs's 1 s default timed out connections to a co-located broker on a saturated machine (draining a
    // 100,000-article backlog beside other work); a slow connect is not a dead broker.
    connectionTimeout: 5_000,
    retry: { initialRetryTime: 200, retries: 10 },
  });
}
