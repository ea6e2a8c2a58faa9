import { availableParallelism } from 'node:os';

import { loadNormalizerSettings } from './normalizer-settings';

const database = 'postgres://postgres@127.0.0.1:5432/newsflow';

describe('loadNormalizerSettings', () => {
  it('needs Kafka, a health port and the database that keeps submissions', () => {
    expect(
      loadNormalizerSettings({ KAFKA_BROKERS: '127.0.0.1:9092', HTTP_PORT: '3001', DATABASE_URL: database }),
    ).toMatchObject({
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      HTTP_PORT: 3001,
      LOG_LEVEL: 'info',
    });
  });

  it('keeps a core for everything else: one text thread per core beyond the first, at least one', () => {
    const settings = loadNormalizerSettings({
      KAFKA_BROKERS: '127.0.0.1:9092',
      HTTP_PORT: '3001',
      DATABASE_URL: database,
    });
    expect(settings.NORMALIZER_THREADS).toBe(Math.max(1, availableParallelism() - 1));
    expect(
      loadNormalizerSettings({
        KAFKA_BROKERS: '127.0.0.1:9092',
        HTTP_PORT: '3001',
        DATABASE_URL: database,
        NORMALIZER_THREADS: '3',
      }).NORMALIZER_THREADS,
    ).toBe(3);
  });

  it('names a bad log level', () => {
    expect(() =>
      loadNormalizerSettings({
        KAFKA_BROKERS: '127.0.0.1:9092',
        HTTP_PORT: '3001',
        DATABASE_URL: database,
        LOG_LEVEL: 'loud',
      }),
    ).toThrow(/LOG_LEVEL/);
  });

  it('names a missing database', () => {
    expect(() => loadNormalizerSettings({ KAFKA_BROKERS: '127.0.0.1:9092', HTTP_PORT: '3001' })).toThrow(
      /DATABASE_URL/,
    );
  });
});
