import { FakeProvider, fixture } from '../testing/fake-provider';
import { TranslationProviderUnavailableError, TranslationRefusedError } from '../translation-errors';
import { LibreTranslateProvider } from './libretranslate-provider';

describe('LibreTranslateProvider (recorded answers)', () => {
  let fake: FakeProvider;
  afterEach(() => fake.stop());

  async function provider(translate: { status: number; body: unknown }) {
    fake = new FakeProvider((request) =>
      request.url === '/languages' ? { status: 200, body: fixture('libretranslate-languages') } : translate,
    );
    return new LibreTranslateProvider({ url: await fake.start(), apiKey: 'k', timeoutMs: 500 });
  }

  it('offers the pairs /languages lists', async () => {
    const libre = await provider({ status: 500, body: '' });
    expect(await libre.supports('uk', 'en')).toBe(true);
    expect(await libre.supports('uk', 'sr')).toBe(false);
  });

  it('translates every paragraph in one request and keeps their order', async () => {
    const libre = await provider({ status: 200, body: fixture('libretranslate-translate') });
    const answer = await libre.translate({ source: 'sr', target: 'en', texts: ['Влада', 'Влада је'] });
    expect(answer.texts).toEqual([
      'Serbian government adopts draft education law',
      'The government adopted the draft on Thursday.',
    ]);
    expect(JSON.parse(fake.requests.at(-1)!.body)).toEqual({
      q: ['Влада', 'Влада је'],
      source: 'sr',
      target: 'en',
      format: 'text',
      api_key: 'k',
    });
  });

  it('retries later on 5xx and 429, refuses on other failures', async () => {
    await expect(
      (await provider({ status: 502, body: '' })).translate({ source: 'uk', target: 'en', texts: ['a'] }),
    ).rejects.toBeInstanceOf(TranslationProviderUnavailableError);
    await fake.stop();
    await expect(
      (await provider({ status: 400, body: { error: 'bad' } })).translate({ source: 'uk', target: 'en', texts: ['a'] }),
    ).rejects.toBeInstanceOf(TranslationRefusedError);
  });
});
