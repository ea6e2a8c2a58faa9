import { HttpSettings, KafkaSettings, loadConfig, LogSettings } from '@newsflow/config';
import { z } from 'zod';

export function loadIngestSettings(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(
    {
      ...KafkaSettings,
      ...HttpSettings,
      ...LogSettings,
      INGEST_MAX_BODY_BYTES: z.coerce
        .number()
        .int()
        .min(1024)
        .max(8 * 1024 * 1024)
        .default(2 * 1024 * 1024),
      INGEST_PUBLISH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
      INGEST_FAILING_PUBLISH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(1_500),
    },
    env,
  );
}

export type IngestSettings = ReturnType<typeof loadIngestSettings>;
