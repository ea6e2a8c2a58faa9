import { DatabaseSettings, HttpSettings, KafkaSettings, loadConfig, LogSettings } from '@newsflow/config';

export function loadClassifierSettings(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig({ ...KafkaSettings, ...HttpSettings, ...DatabaseSettings, ...LogSettings }, env);
}

export type ClassifierSettings = ReturnType<typeof loadClassifierSettings>;
