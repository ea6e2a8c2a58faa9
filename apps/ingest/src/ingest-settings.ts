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
      /** Bytes of one `POST /v1/articles/batch` body; kept under the producer's request bound. */
      INGEST_BATCH_MAX_BODY_BYTES: z.coerce
        .number()
        .int()
        .min(1024)
        .max(64 * 1024 * 1024)
        .default(16 * 1024 * 1024),
      /** Articles in one batch request. */
      INGEST_BATCH_MAX_ARTICLES: z.coerce.number().int().min(1).max(10_000).default(1_000),
      /** Batch requests handled at once (each is held in memory whole); more get 429. */
      INGEST_BATCH_MAX_CONCURRENT: z.coerce.number().int().min(1).max(64).default(2),
      /** Articles waiting for Kafka's acknowledgement before ingest answers 429 instead of buffering more. */
      INGEST_MAX_PENDING_ARTICLES: z.coerce.number().int().min(1).max(100_000).default(5_000),
      INGEST_PUBLISH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
      INGEST_FAILING_PUBLISH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(1_500),
    },
    env,
  );
}

export type IngestSettings = ReturnType<typeof loadIngestSettings>;
