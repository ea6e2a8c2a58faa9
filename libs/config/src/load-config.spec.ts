import { ConfigError, loadConfig } from './load-config';
import { DatabaseSettings, HttpSettings, KafkaSettings } from './settings';

describe('loadConfig', () => {
  const shape = { ...KafkaSettings, ...HttpSettings, ...DatabaseSettings };

  it('parses and converts valid settings', () => {
    const config = loadConfig(shape, {
      KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9093',
      HTTP_PORT: '3000',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/newsflow',
    });
    expect(config).toMatchObject({
      KAFKA_BROKERS: ['127.0.0.1:9092', '127.0.0.1:9093'],
      HTTP_PORT: 3000,
      KAFKA_TOPIC_PARTITIONS: 3,
    });
  });

  it('names every missing or bad setting', () => {
    let error: unknown;
    try {
      loadConfig(shape, { KAFKA_BROKERS: 'nohostport', HTTP_PORT: 'eighty' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('KAFKA_BROKERS');
    expect(message).toContain('HTTP_PORT');
    expect(message).toContain('DATABASE_URL');
  });
});
