import { join } from 'node:path';

import { Topics } from '@newsflow/contracts';
import { RealisticPages } from '@newsflow/test-harness';
import type { Kafka } from 'kafkajs';

const MESSAGES_PER_SEND = 500;

/**
 * Publishes `total` realistic pages of source `bench-<run>` straight onto the raw topic, far faster than the stages
 * consume them, so the backlog sits in Kafka. Pages are generated as they are sent, so the script stays small.
 * Returns the publish rate (articles/s).
 */
export async function publishBacklog(kafka: Kafka, run: string, total: number): Promise<number> {
  const pages = new RealisticPages(join(__dirname, '..', '..', '..'), run);
  const producer = kafka.producer({ idempotent: true });
  await producer.connect();
  const started = performance.now();
  try {
    for (let start = 0; start < total; start += MESSAGES_PER_SEND) {
      const messages = Array.from({ length: Math.min(MESSAGES_PER_SEND, total - start) }, (_, i) => {
        const page = pages.page(start + i);
        return { key: page.guid, value: JSON.stringify(page) };
      });
      await producer.send({ topic: Topics.rawArticle, acks: -1, messages });
    }
  } finally {
    await producer.disconnect();
  }
  return total / ((performance.now() - started) / 1000);
}
