import { loadSearchApiSettings } from './search-api-settings';

describe('loadSearchApiSettings', () => {
  it('needs no Kafka: the search API reads the stores only', () => {
    const settings = loadSearchApiSettings({
      HTTP_PORT: '3004',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/newsflow',
      ELASTICSEARCH_URL: 'http://127.0.0.1:9200',
    });
    expect(settings).not.toHaveProperty('KAFKA_BROKERS');
    expect(settings.HTTP_HOST).toBe('127.0.0.1');
  });

  it('names every missing setting at once', () => {
    expect(() => loadSearchApiSettings({})).toThrow(/HTTP_PORT[\s\S]*DATABASE_URL[\s\S]*ELASTICSEARCH_URL/);
  });

  it('bounds each Elasticsearch request, 3 s unless set', () => {
    const base = {
      HTTP_PORT: '3004',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/newsflow',
      ELASTICSEARCH_URL: 'http://127.0.0.1:9200',
    };
    expect(loadSearchApiSettings(base).SEARCH_TIMEOUT_MS).toBe(3_000);
    expect(() => loadSearchApiSettings({ ...base, SEARCH_TIMEOUT_MS: 'soon' })).toThrow(/SEARCH_TIMEOUT_MS/);
  });

  it('leaves reads open unless SEARCH_AUTH=read, and names any other value', () => {
    const base = {
      HTTP_PORT: '3004',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/newsflow',
      ELASTICSEARCH_URL: 'http://127.0.0.1:9200',
    };
    expect(loadSearchApiSettings(base).SEARCH_AUTH).toBe('off');
    expect(loadSearchApiSettings({ ...base, SEARCH_AUTH: 'read' }).SEARCH_AUTH).toBe('read');
    expect(() => loadSearchApiSettings({ ...base, SEARCH_AUTH: 'publish' })).toThrow(/SEARCH_AUTH/);
  });
});
