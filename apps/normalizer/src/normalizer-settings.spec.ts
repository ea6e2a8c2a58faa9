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
