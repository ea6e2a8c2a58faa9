import type { TranslationProvider, TranslationRequest } from './provider';
import { TranslationProviderUnavailableError, TranslationRefusedError } from './translation-errors';
import { TranslationRouter } from './translation-router';

function provider(
  name: TranslationProvider['name'],
  answer: (request: TranslationRequest) => string[] | Error,
  supports = true,
): TranslationProvider & { calls: number } {
  return {
    name,
    calls: 0,
    supports: async () => supports,
    async translate(request) {
      this.calls++;
      const texts = answer(request);
      if (texts instanceof Error) throw texts;
      return { provider: name, pair: `${request.source}|${request.target}`, texts };
    },
  };
}

const good = (request: TranslationRequest) => request.texts.map((text) => `[${text}]`);

describe('TranslationRouter', () => {
  it('uses the first provider in the configured order that offers the pair', async () => {
    const apertium = provider('apertium', good, false);
    const deepl = provider('deepl', good);
    const router = new TranslationRouter([apertium, deepl], { 'uk|en': ['apertium', 'deepl'] });
    expect((await router.translate('uk', 'en', ['a b c']))?.provider).toBe('deepl');
    expect(apertium.calls).toBe(0);
  });

  it.each([
    ['a wrong paragraph count', () => ['one']],
    ['an empty answer', () => ['', '']],
    ['the input echoed', (request: TranslationRequest) => request.texts],
    ['a refusal', () => new TranslationRefusedError('apertium', 'uk|en', 'HTTP 400')],
  ])('falls back to the next provider after %s', async (_name, bad) => {
    const router = new TranslationRouter([provider('apertium', bad), provider('libretranslate', good)], {
      '*': ['apertium', 'libretranslate'],
    });
    const answer = await router.translate('uk', 'en', ['Перше речення тут.', 'Друге речення тут.']);
    expect(answer?.provider).toBe('libretranslate');
  });

  it('gives no translation when every provider refuses', async () => {
    const router = new TranslationRouter([provider('apertium', () => ['x'])], { '*': ['apertium'] });
    expect(await router.translate('uk', 'en', ['Перше речення тут.', 'Друге.'])).toBeNull();
  });

  it('reports an outage when a provider that offers the pair is down and no other answered', async () => {
    const down = provider('apertium', () => new TranslationProviderUnavailableError('apertium', 'ECONNREFUSED'));
    const router = new TranslationRouter([down, provider('deepl', good, false)], { '*': ['apertium', 'deepl'] });
    await expect(router.translate('uk', 'ru', ['Київ'])).rejects.toBeInstanceOf(TranslationProviderUnavailableError);
  });
});
