import { loadClassifierSettings } from './classifier-settings';

describe('loadClassifierSettings', () => {
  it('needs the database that keeps story fingerprints', () => {
    expect(() => loadClassifierSettings({ KAFKA_BROKERS: '127.0.0.1:9092', HTTP_PORT: '3002' })).toThrow(
      /DATABASE_URL/,
    );
  });

  it('accepts a postgres URL', () => {
    const settings = loadClassifierSettings({
      KAFKA_BROKERS: '127.0.0.1:9092',
      HTTP_PORT: '3002',
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/newsflow',
    });
    expect(settings.DATABASE_URL).toBe('postgresql://postgres@127.0.0.1:5432/newsflow');
  });
});
