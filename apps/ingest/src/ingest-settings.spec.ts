import { loadIngestSettings } from './ingest-settings';

describe('loadIngestSettings', () => {
  it('defaults the body limit to 2 MiB', () => {
    const settings = loadIngestSettings({ KAFKA_BROKERS: '127.0.0.1:9092', HTTP_PORT: '3000', INGEST_AUTH: 'off' });
    expect(settings.INGEST_MAX_BODY_BYTES).toBe(2 * 1024 * 1024);
  });

  it('names a body limit that is not a number', () => {
    expect(() =>
      loadIngestSettings({
        KAFKA_BROKERS: '127.0.0.1:9092',
        HTTP_PORT: '3000',
        INGEST_AUTH: 'off',
        INGEST_MAX_BODY_BYTES: 'lots',
      }),
    ).toThrow(/INGEST_MAX_BODY_BYTES/);
  });

  it('bounds the wait for Kafka on the request path: 10 s, 1.5 s while publishing fails, unless set', () => {
    const base = { KAFKA_BROKERS: '127.0.0.1:9092', HTTP_PORT: '3000', INGEST_AUTH: 'off' };
    expect(loadIngestSettings(base)).toMatchObject({
      INGEST_PUBLISH_TIMEOUT_MS: 10_000,
      INGEST_FAILING_PUBLISH_TIMEOUT_MS: 1_500,
    });
    expect(() => loadIngestSettings({ ...base, INGEST_PUBLISH_TIMEOUT_MS: '0' })).toThrow(/INGEST_PUBLISH_TIMEOUT_MS/);
  });

  it('bounds batches and the articles waiting for Kafka, naming a bad setting', () => {
    const base = { KAFKA_BROKERS: '127.0.0.1:9092', HTTP_PORT: '3000', INGEST_AUTH: 'off' };
    expect(loadIngestSettings(base)).toMatchObject({
      INGEST_BATCH_MAX_ARTICLES: 1_000,
      INGEST_BATCH_MAX_CONCURRENT: 2,
      INGEST_BATCH_MAX_BODY_BYTES: 16 * 1024 * 1024,
      INGEST_MAX_PENDING_ARTICLES: 5_000,
    });
    expect(() => loadIngestSettings({ ...base, INGEST_BATCH_MAX_ARTICLES: '0' })).toThrow(/INGEST_BATCH_MAX_ARTICLES/);
    expect(() => loadIngestSettings({ ...base, INGEST_MAX_PENDING_ARTICLES: 'many' })).toThrow(
      /INGEST_MAX_PENDING_ARTICLES/,
    );
  });

  it('requires API keys by default, and then a database to keep them in', () => {
    const base = { KAFKA_BROKERS: '127.0.0.1:9092', HTTP_PORT: '3000' };
    expect(() => loadIngestSettings(base)).toThrow(/DATABASE_URL: is required while INGEST_AUTH=required/);
    expect(loadIngestSettings({ ...base, DATABASE_URL: 'postgres://127.0.0.1/newsflow' })).toMatchObject({
      INGEST_AUTH: 'required',
      INGEST_RATE_LIMIT_PER_MINUTE: 600,
    });
    expect(() => loadIngestSettings({ ...base, INGEST_AUTH: 'maybe' })).toThrow(/INGEST_AUTH/);
    expect(() => loadIngestSettings({ ...base, INGEST_AUTH: 'off', INGEST_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(
      /INGEST_RATE_LIMIT_PER_MINUTE/,
    );
  });

  it('polls feeds by default when there is a database, and refuses polling without one', () => {
    const base = { KAFKA_BROKERS: '127.0.0.1:9092', HTTP_PORT: '3000', INGEST_AUTH: 'off' };
    expect(loadIngestSettings(base).FEED_POLLING).toBe('off');
    expect(loadIngestSettings({ ...base, DATABASE_URL: 'postgres://127.0.0.1/newsflow' })).toMatchObject({
      FEED_POLLING: 'on',
      FEED_POLL_TICK_MS: 1_000,
      FEED_FETCH_TIMEOUT_MS: 15_000,
      FEED_MAX_BYTES: 8 * 1024 * 1024,
    });
    expect(() => loadIngestSettings({ ...base, FEED_POLLING: 'on' })).toThrow(
      /DATABASE_URL: is required while FEED_POLLING=on/,
    );
    expect(() => loadIngestSettings({ ...base, FEED_POLL_TICK_MS: '5' })).toThrow(/FEED_POLL_TICK_MS/);
    expect(() =>
      loadIngestSettings({ ...base, FEED_MIN_INTERVAL_SECONDS: '600', FEED_MAX_INTERVAL_SECONDS: '60' }),
    ).toThrow(/FEED_MIN_INTERVAL_SECONDS/);
  });
});
