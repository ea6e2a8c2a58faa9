import { availableParallelism } from 'node:os';

import {
  ConsumerSettings,
  DatabaseSettings,
  HttpSettings,
  KafkaSettings,
  loadConfig,
  LogSettings,
} from '@newsflow/config';
import { z } from 'zod';

/**
 * One text thread per core beyond the first, which the main thread, the other stages and the engines share. On
 * two cores two threads cost more CPU per article (a second isolate, its own GC) and ~40 MB more memory, for no
 * more articles per second.
 */
const TEXT_THREADS_BY_CORES = Math.max(1, availableParallelism() - 1);

const NormalizerOwnSettings = {
  /** Wall-clock time one article's text work may take before it is abandoned and dead-lettered. */
  NORMALIZER_ARTICLE_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** Worker threads for text work. */
  NORMALIZER_THREADS: z.coerce.number().int().min(1).max(64).default(TEXT_THREADS_BY_CORES),
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
