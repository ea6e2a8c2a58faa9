import { DatabaseSettings, ElasticsearchSettings, KafkaSettings, loadConfig } from '@newsflow/config';
import { createKafkaClient } from '@newsflow/messaging';
import type { Kafka } from 'kafkajs';

/** Each command reads only the settings it needs, from the same variables as the apps. */
export function kafkaFromEnv(env: NodeJS.ProcessEnv = process.env): Kafka {
  const settings = loadConfig(KafkaSettings, env);
  return createKafkaClient({
    stage: 'ops',
    brokers: settings.KAFKA_BROKERS,
    topicPartitions: settings.KAFKA_TOPIC_PARTITIONS,
  });
}

export function storesFromEnv(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig({ ...DatabaseSettings, ...ElasticsearchSettings }, env);
}
