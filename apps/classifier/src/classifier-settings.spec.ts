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

describe('loadClassifierSettings for a replay', () => {
  const base = {
    KAFKA_BROKERS: '127.0.0.1:9092',
    HTTP_PORT: '3002',
    DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/newsflow',
  };

  it('runs at revision 1 in its own group unless told otherwise', () => {
    const settings = loadClassifierSettings(base);
    expect(settings.CLASSIFIER_REVISION).toBe(1);
    expect(settings.KAFKA_CONSUMER_GROUP).toBeUndefined();
  });

  it('takes a replay group and a revision', () => {
    const settings = loadClassifierSettings({
      ...base,
      KAFKA_CONSUMER_GROUP: 'newsflow-classifier-replay-1',
      CLASSIFIER_REVISION: '2',
    });
    expect(settings).toMatchObject({ KAFKA_CONSUMER_GROUP: 'newsflow-classifier-replay-1', CLASSIFIER_REVISION: 2 });
  });

  it.each([
    ['CLASSIFIER_REVISION', '0'],
    ['CLASSIFIER_REVISION', '1000'],
    ['CLASSIFIER_REVISION', '1.5'],
    ['KAFKA_CONSUMER_GROUP', 'replay group'],
    ['KAFKA_CONSUMER_GROUP', 'g'.repeat(250)],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => loadClassifierSettings({ ...base, [name]: value })).toThrow(new RegExp(name));
  });
});
