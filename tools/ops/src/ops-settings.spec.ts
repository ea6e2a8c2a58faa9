import { kafkaFromEnv, storesFromEnv } from './ops-settings';

describe('ops settings', () => {
  it('names a missing or bad variable', () => {
    expect(() => kafkaFromEnv({})).toThrow('KAFKA_BROKERS');
    expect(() => kafkaFromEnv({ KAFKA_BROKERS: 'no port' })).toThrow('KAFKA_BROKERS');
    expect(() => storesFromEnv({ DATABASE_URL: 'postgres://x/y', ELASTICSEARCH_URL: 'nope' })).toThrow(
      'ELASTICSEARCH_URL',
    );
  });

  it('reads the variables the apps read', () => {
    expect(kafkaFromEnv({ KAFKA_BROKERS: '127.0.0.1:9092' })).toBeDefined();
    expect(
      storesFromEnv({ DATABASE_URL: 'postgres://x/y', ELASTICSEARCH_URL: 'http://127.0.0.1:9200' })
        .ELASTICSEARCH_INDEX_PREFIX,
    ).toBe('newsflow');
  });
});
