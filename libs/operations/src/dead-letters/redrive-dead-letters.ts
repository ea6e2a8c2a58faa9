import { type Kafka, Partitioners } from 'kafkajs';

import { type Progress, quietProgress } from '../progress';
import type { StoredDeadLetter } from './dead-letter-selection';

const BATCH = 250;

/** Names the dead letter a redriven message came from, so a second failure can be traced back. */
export const REDRIVEN_FROM_HEADER = 'newsflow_redriven_from';

/**
 * Publishes each dead letter's original bytes, key and headers to the topic it failed on, where
 * its stage consumes it again. The writers are idempotent (version-guarded), so a redrive, even a
 * repeated one, cannot duplicate or regress an article.
 */
export async function redriveDeadLetters(
  kafka: Kafka,
  selected: StoredDeadLetter[],
  progress: Progress = quietProgress,
): Promise<{ redriven: number; byTopic: Record<string, number> }> {
  // The apps' partitioner, so that a redriven article lands on the partition of its other revisions.
  const producer = kafka.producer({
    allowAutoTopicCreation: false,
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  const byTopic: Record<string, number> = {};
  progress.start(selected.length, 'redriving');
  try {
    for (let start = 0; start < selected.length; start += BATCH) {
      const batch = selected.slice(start, start + BATCH);
      const topics = new Map<string, { key?: string; value: Buffer; headers: Record<string, string> }[]>();
      for (const { address, letter } of batch) {
        const messages = topics.get(letter.topic) ?? [];
        messages.push({
          key: letter.key ?? undefined,
          value: Buffer.from(letter.originalValueBase64, 'base64'),
          headers: { ...letter.headers, [REDRIVEN_FROM_HEADER]: address },
        });
        topics.set(letter.topic, messages);
      }
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...topics].map(([topic, messages]) => ({ topic, messages })),
      });
      for (const [topic, messages] of topics) byTopic[topic] = (byTopic[topic] ?? 0) + messages.length;
      progress.advance(batch.length);
    }
  } finally {
    progress.finish();
    await producer.disconnect();
  }
  return { redriven: selected.length, byTopic };
}
