import { randomUUID } from 'node:crypto';

import { DeadLetterSchema, Topics } from '@newsflow/contracts';
import type { Kafka } from 'kafkajs';

import { type Progress, quietProgress } from '../progress';
import type { StoredDeadLetter } from './dead-letter-selection';

export interface DeadLetterTopicContents {
  letters: StoredDeadLetter[];
  /** Records of the topic that are not dead letters (they should not exist; listed, never hidden). */
  unreadable: { address: string; error: string }[];
}

/**
 * Reads the whole dead-letter topic as it is now, with a throwaway consumer group that commits
 * nothing and is deleted afterwards: reading never changes what the stages see.
 */
export async function readDeadLetterTopic(
  kafka: Kafka,
  progress: Progress = quietProgress,
  topic: string = Topics.deadLetter,
): Promise<DeadLetterTopicContents> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `ops-read-${randomUUID()}`;
  try {
    const offsets = (await admin.fetchTopicOffsets(topic)).filter((p) => BigInt(p.high) > BigInt(p.low));
    const ends = new Map(offsets.map((p) => [p.partition, BigInt(p.high) - 1n]));
    const total = offsets.reduce((sum, p) => sum + Number(BigInt(p.high) - BigInt(p.low)), 0);
    const contents: DeadLetterTopicContents = { letters: [], unreadable: [] };
    if (ends.size === 0) return contents;
    progress.start(total, 'reading dead letters');
    const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        consumer
          .run({
            autoCommit: false,
            eachBatch: async ({ batch }) => {
              const last = ends.get(batch.partition);
              for (const message of batch.messages) {
                if (last === undefined || BigInt(message.offset) > last) break;
                const address = `${batch.partition}:${message.offset}`;
                try {
                  const letter = DeadLetterSchema.parse(JSON.parse(message.value?.toString('utf8') ?? 'null'));
                  contents.letters.push({ address, partition: batch.partition, offset: message.offset, letter });
                } catch (error) {
                  contents.unreadable.push({ address, error: (error as Error).message });
                }
                progress.advance(1);
                if (BigInt(message.offset) === last) ends.delete(batch.partition);
              }
              if (ends.size === 0) resolve();
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
      progress.finish();
    }
    contents.letters.sort((a, b) => a.letter.failedAt.localeCompare(b.letter.failedAt));
    return contents;
  } finally {
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}
