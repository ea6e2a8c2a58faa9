import { Topics } from '@newsflow/contracts';
import type { Kafka } from 'kafkajs';

/** The topics an article crosses on its way to the index, in order. */
export const HOPS = [Topics.rawArticle, Topics.normalisedArticle, Topics.classifiedArticle] as const;

const READ_TIMEOUT_MS = 30_000;

/**
 * When each of these articles reached `topic`: the broker's timestamp of its first message there
 * (the topics use log-append time), read from `since` on by a throwaway consumer group.
 */
export async function arrivals(kafka: Kafka, topic: string, ids: Set<string>, since: number) {
  const reachedAt = new Map<string, number>();
  const admin = kafka.admin();
  await admin.connect();
  const start = await admin.fetchTopicOffsetsByTimestamp(topic, since);
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `bench-hops-${Date.now().toString(36)}-${topic}` });
  await consumer.connect();
  await consumer.subscribe({ topic });
  await new Promise<void>((resolve) => {
    const timeout = setTimeout(resolve, READ_TIMEOUT_MS);
    consumer.on(consumer.events.GROUP_JOIN, () => {
      for (const { partition, offset } of start) consumer.seek({ topic, partition, offset });
    });
    void consumer.run({
      eachMessage: async ({ message }) => {
        const id = message.key?.toString() ?? '';
        if (ids.has(id) && !reachedAt.has(id)) reachedAt.set(id, Number(message.timestamp));
        if (reachedAt.size === ids.size) {
          clearTimeout(timeout);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  return reachedAt;
}

/** p50/p99 of each step from posting to searchable, for the articles seen at every step. */
export function hopPercentiles(
  posted: Map<string, number>,
  onTopics: Map<string, number>[],
  written: Map<string, number>,
  searchable: Map<string, number>,
): string[] {
  const steps = [
    'post → raw',
    'raw → normalised',
    'normalised → classified',
    'classified → written',
    'written → searchable',
  ];
  const durations = steps.map(() => [] as number[]);
  for (const [id, sentAt] of posted) {
    const times = [sentAt, ...onTopics.map((arrived) => arrived.get(id)), written.get(id), searchable.get(id)];
    if (times.some((time) => time === undefined)) continue;
    steps.forEach((_, n) => durations[n].push((times[n + 1] as number) - (times[n] as number)));
  }
  return steps.map((step, n) => {
    const sorted = durations[n].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
    return `  ${step}: p50 ${at(0.5).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms`;
  });
}
