import { loadNormalizerSettings } from './normalizer-settings';

describe('loadNormalizerSettings', () => {
  it('needs only Kafka and a health port', () => {
    expect(loadNormalizerSettings({ KAFKA_BROKERS: '127.0.0.1:9092', HTTP_PORT: '3001' })).toMatchObject({
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      HTTP_PORT: 3001,
      LOG_LEVEL: 'info',
    });
  });

  it('names a bad log level', () => {
    expect(() =>
      loadNormalizerSettings({ KAFKA_BROKERS: '127.0.0.1:9092', HTTP_PORT: '3001', LOG_LEVEL: 'loud' }),
    ).toThrow(/LOG_LEVEL/);
  });
});
