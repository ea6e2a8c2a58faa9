import { FakeProvider, fixture } from '../testing/fake-provider';
import { TranslationRefusedError } from '../translation-errors';
import { DeeplProvider } from './deepl-provider';

describe('DeeplProvider (recorded answers)', () => {
  let fake: FakeProvider;
  afterEach(() => fake.stop());

  async function provider(translate: { status: number; body: unknown }) {
    fake = new FakeProvider((request) => {
      if (request.url === '/v2/languages?type=source') return { status: 200, body: fixture('deepl-languages-source') };
      if (request.url === '/v2/languages?type=target') return { status: 200, body: fixture('deepl-languages-target') };
      return translate;
    });
    return new DeeplProvider({ url: await fake.start(), apiKey: 'secret:fx', timeoutMs: 500 });
  }

  it('offers a pair when DeepL lists the source and the target', async () => {
    const deepl = await provider({ status: 500, body: '' });
    expect(await deepl.supports('uk', 'en')).toBe(true);
    expect(await deepl.supports('sr', 'en')).toBe(false);
  });

  it('authenticates with the key, asks for British English and maps the answer in order', async () => {
    const deepl = await provider({ status: 200, body: fixture('deepl-translate') });
    const answer = await deepl.translate({ source: 'uk', target: 'en', texts: ['Казахстан', 'Про це'] });
    expect(answer).toEqual({
      provider: 'deepl',
      pair: 'uk|en',
      texts: ['Kazakhstan does not recognise the pseudo-referendums', 'The ministry said so on Monday.'],
    });
    const sent = fake.requests.at(-1)!;
    expect(sent.headers['authorization']).toBe('DeepL-Auth-Key secret:fx');
    expect(JSON.parse(sent.body)).toMatchObject({
      text: ['Казахстан', 'Про це'],
      source_lang: 'UK',
      target_lang: 'EN-GB',
    });
  });

  it('refuses an answer without a translations list', async () => {
    const deepl = await provider({ status: 200, body: { message: 'odd' } });
    await expect(deepl.translate({ source: 'uk', target: 'en', texts: ['a'] })).rejects.toBeInstanceOf(
      TranslationRefusedError,
    );
  });
});
