import {
  ConsumerSettings,
  DatabaseSettings,
  ElasticsearchSettings,
  HttpSettings,
  KafkaSettings,
  loadConfig,
  LogSettings,
} from '@newsflow/config';

export function loadIndexerSettings(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(
    {
      ...KafkaSettings,
      ...ConsumerSettings,
      ...HttpSettings,
      ...DatabaseSettings,
      ...ElasticsearchSettings,
      ...LogSettings,
    },
    env,
  );
}

export type IndexerSettings = ReturnType<typeof loadIndexerSettings>;
