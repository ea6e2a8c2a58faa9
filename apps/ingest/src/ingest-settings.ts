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
      /** Feed registration and polling; on by default whenever there is a database to keep feeds in. */
      FEED_POLLING: z.enum(['on', 'off']).optional(),
      /** How often an instance looks for due feeds. */
      FEED_POLL_TICK_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
      /** Feeds one instance claims per tick, polled at once. */
      FEED_POLL_FEEDS_PER_TICK: z.coerce.number().int().min(1).max(100).default(8),
      FEED_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
      FEED_MAX_BYTES: z.coerce
        .number()
        .int()
        .min(1024)
        .max(64 * 1024 * 1024)
        .default(8 * 1024 * 1024),
      FEED_MIN_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
      FEED_MAX_INTERVAL_SECONDS: z.coerce
        .number()
        .int()
        .min(1)
        .max(7 * 86_400)
        .default(86_400),
      /** The longest wait before a failing feed is tried again. */
      FEED_MAX_BACKOFF_SECONDS: z.coerce
        .number()
        .int()
        .min(1)
        .max(7 * 86_400)
        .default(6 * 3_600),
    },
    env,
  );
  if (settings.INGEST_AUTH === 'required' && !settings.DATABASE_URL) {
    throw new ConfigError(['DATABASE_URL: is required while INGEST_AUTH=required (API keys are kept in PostgreSQL)']);
  }
  if (settings.FEED_POLLING === 'on' && !settings.DATABASE_URL) {
    throw new ConfigError(['DATABASE_URL: is required while FEED_POLLING=on (feeds are kept in PostgreSQL)']);
  }
  if (settings.FEED_MIN_INTERVAL_SECONDS > settings.FEED_MAX_INTERVAL_SECONDS) {
    throw new ConfigError(['FEED_MIN_INTERVAL_SECONDS: must not exceed FEED_MAX_INTERVAL_SECONDS']);
  }
  const feedPolling = settings.FEED_POLLING ?? (settings.DATABASE_URL ? 'on' : 'off');
  return { ...settings, FEED_POLLING: feedPolling };
}

export type IngestSettings = ReturnType<typeof loadIngestSettings>;
