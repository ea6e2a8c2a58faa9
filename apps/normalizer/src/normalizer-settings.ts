import { HttpSettings, KafkaSettings, loadConfig, LogSettings } from '@newsflow/config';

export function loadNormalizerSettings(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig({ ...KafkaSettings, ...HttpSettings, ...LogSettings }, env);
}

export type NormalizerSettings = ReturnType<typeof loadNormalizerSettings>;
