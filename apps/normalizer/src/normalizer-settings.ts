import {
  ConsumerSettings,
  DatabaseSettings,
  HttpSettings,
  KafkaSettings,
  loadConfig,
  LogSettings,
} from '@newsflow/config';
import { z } from 'zod';

const NormalizerOwnSettings = {
  /** Wall-clock time one article's text work may take before it is abandoned and dead-lettered. */
  NORMALIZER_ARTICLE_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** Worker threads for text work. */
  NORMALIZER_THREADS: z.coerce.number().int().min(1).max(64).default(2),
  /** Old-generation heap of each text worker thread; an article needing more is dead-lettered. */
  NORMALIZER_WORKER_HEAP_MB: z.coerce.number().int().min(32).max(4096).default(128),
};

export function loadNormalizerSettings(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(
    {
      ...KafkaSettings,
      ...ConsumerSettings,
      ...HttpSettings,
      ...DatabaseSettings,
      ...LogSettings,
      ...NormalizerOwnSettings,
    },
    env,
  );
}

export type NormalizerSettings = ReturnType<typeof loadNormalizerSettings>;
