export interface MessagingOptions {
  /** Names the process in Kafka client ids, consumer groups and dead-letter records. */
  stage: string;
  brokers: string[];
  topicPartitions: number;
  /** Most messages handed to a handler at once; a batch is never held back to fill up. */
  batchSize?: number;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const KAFKA = Symbol('KAFKA');
