import { articleIdFor, type ArticleSubmission } from '@newsflow/contracts';
import { Partitioners } from 'kafkajs';

// The apps create their topics with KAFKA_TOPIC_PARTITIONS, 3 unless the harness says otherwise.
const PARTITIONS = 3;
const partitioner = Partitioners.DefaultPartitioner();
const partitionMetadata = Array.from({ length: PARTITIONS }, (_, partitionId) => ({
  partitionId,
  leader: 1,
  partitionErrorCode: 0,
  replicas: [1],
  isr: [1],
}));

/** The partition the producer picks for an article id, as ingest's producer does. */
export function partitionOf(articleId: string): number {
  return partitioner({ topic: 'any', partitionMetadata, message: { key: articleId, value: null } });
}

/**
 * A normal submission whose article lands on the same partition as `articleId`, so that it queues behind it: if the
 * earlier article stalled its partition, this one would never become searchable.
 */
export function normalArticleBehind(articleId: string, marker: string): ArticleSubmission {
  for (let attempt = 0; ; attempt += 1) {
    const submission = {
      source: 'e2e-boundary',
      guid: `${marker}-${attempt}`,
      text: `An ordinary report that carries the marker ${marker} and reads like news.`,
    };
    if (partitionOf(articleIdFor(submission)) === partitionOf(articleId)) return submission;
  }
}
