import { ConfigError, DatabaseSettings, HttpSettings, KafkaSettings, loadConfig, LogSettings } from '@newsflow/config';
import { z } from 'zod';

export function loadIngestSettings(env: NodeJS.ProcessEnv = process.env) {
  const settings = loadConfig(
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
      /** Who may publish: `required` (the default) takes only API keys with the publish scope; `off` takes anyone. */
      INGEST_AUTH: z.enum(['required', 'off']).default('required'),
      /** Requests one API key may make per minute, counted across all ingest instances; more get 429. */
      INGEST_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
      DATABASE_URL: DatabaseSettings.DATABASE_URL.optional(),
    },
    env,
  );
  if (settings.INGEST_AUTH === 'required' && !settings.DATABASE_URL) {
    throw new ConfigError(['DATABASE_URL: is required while INGEST_AUTH=required (API keys are kept in PostgreSQL)']);
  }
  return settings;
}

export type IngestSettings = ReturnType<typeof loadIngestSettings>;
