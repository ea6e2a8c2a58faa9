export interface MessagingOptions {
  /** Names the process in Kafka client ids, consumer groups and dead-letter records. */
  stage: string;
  brokers: string[];
  /** The consumer group; by default `newsflow-<stage>`. */
  group?: string;
  topicPartitions: number;
  /**
   * Topics read by a second consumer group, `<group>-background`, so that their backlog or slow
   * batches never delay the stage's other topics (the indexer's translations).
   */
  backgroundTopics?: string[];
  /** Most messages handed to a handler at once; a batch is never held back to fill up. */
  batchSize?: number;
  /**
   * HTTP processes (ingest) start without waiting for the broker: the producer connects and the
   * topics are created in the background, and requests meanwhile get 503. Consumer stages wait.
   */
  connectInBackground?: boolean;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const KAFKA = Symbol('KAFKA');
