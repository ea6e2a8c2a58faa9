export interface MessagingOptions {
  /** Names the process in Kafka client ids, consumer groups and dead-letter records. */
  stage: string;
  brokers: string[];
  topicPartitions: number;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const KAFKA = Symbol('KAFKA');
