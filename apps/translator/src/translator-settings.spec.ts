import { loadTranslatorSettings } from './translator-settings';

const valid = {
  KAFKA_BROKERS: '127.0.0.1:9092',
  HTTP_PORT: '3005',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/newsflow',
};

describe('loadTranslatorSettings', () => {
  it('reads the targets and the provider order', () => {
    const settings = loadTranslatorSettings({
      ...valid,
      TRANSLATION_TARGETS: 'en, ru',
      TRANSLATION_PROVIDERS: 'apertium',
    });
    expect(settings.TRANSLATION_TARGETS).toEqual(['en', 'ru']);
    expect(settings.TRANSLATION_PROVIDERS).toEqual(['apertium']);
  });

  it('reads per-pair provider orders', () => {
    const settings = loadTranslatorSettings({
      ...valid,
      TRANSLATION_ROUTES: 'uk|en=deepl,apertium; sr|en=apertium',
      DEEPL_API_KEY: 'k',
    });
    expect(settings.TRANSLATION_ROUTES).toEqual({ 'uk|en': ['deepl', 'apertium'], 'sr|en': ['apertium'] });
  });

  it.each([
    ['TRANSLATION_ROUTES', { ...valid, TRANSLATION_ROUTES: 'uk-en=apertium' }],
    ['DEEPL_API_KEY', { ...valid, TRANSLATION_ROUTES: 'uk|en=deepl' }],
    ['TRANSLATION_TARGETS', { ...valid, TRANSLATION_TARGETS: 'english' }],
    ['TRANSLATION_PROVIDERS', { ...valid, TRANSLATION_PROVIDERS: 'google' }],
    ['LIBRETRANSLATE_URL', { ...valid, TRANSLATION_PROVIDERS: 'apertium,libretranslate' }],
    ['DEEPL_API_KEY', { ...valid, TRANSLATION_PROVIDERS: 'deepl' }],
    ['APERTIUM_URL', { ...valid, APERTIUM_URL: 'not a url' }],
  ])('names a bad %s', (name, env) => {
    expect(() => loadTranslatorSettings(env)).toThrow(name);
  });
});
