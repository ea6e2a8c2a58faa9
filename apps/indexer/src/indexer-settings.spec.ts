import { loadIndexerSettings } from './indexer-settings';

const valid = {
  KAFKA_BROKERS: '127.0.0.1:9092',
  HTTP_PORT: '3003',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/newsflow',
  ELASTICSEARCH_URL: 'http://127.0.0.1:9200',
};

describe('loadIndexerSettings', () => {
  it('defaults the index prefix', () => {
    expect(loadIndexerSettings(valid).ELASTICSEARCH_INDEX_PREFIX).toBe('newsflow');
  });

  it.each([
    ['ELASTICSEARCH_URL', { ...valid, ELASTICSEARCH_URL: 'not a url' }],
    ['ELASTICSEARCH_INDEX_PREFIX', { ...valid, ELASTICSEARCH_INDEX_PREFIX: 'Upper Case' }],
    ['DATABASE_URL', { ...valid, DATABASE_URL: 'mysql://root@127.0.0.1/newsflow' }],
  ])('names a bad %s', (name, env) => {
    expect(() => loadIndexerSettings(env)).toThrow(name);
  });
});
