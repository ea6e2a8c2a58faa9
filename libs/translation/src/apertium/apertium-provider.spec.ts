import { type Answer, FakeProvider, fixture, type RecordedRequest } from '../testing/fake-provider';
import { TranslationProviderUnavailableError, TranslationRefusedError } from '../translation-errors';
import { ApertiumProvider } from './apertium-provider';

const options = { timeoutMs: 500, brokenPairPauseMs: 60_000 };

async function withApy(answer: (request: RecordedRequest) => Answer) {
  const fake = new FakeProvider((request) =>
    request.url.startsWith('/listPairs') ? { status: 200, body: fixture('apertium-list-pairs') } : answer(request),
  );
  const url = await fake.start();
  return { fake, provider: new ApertiumProvider({ url, ...options }) };
}

describe('ApertiumProvider', () => {
  let fake: FakeProvider;
  afterEach(() => fake?.stop());

  it('offers the pairs APY lists, by ISO 639-1 codes', async () => {
    const apy = await withApy(() => ({ status: 500, body: '' }));
    fake = apy.fake;
    expect(await apy.provider.supports('uk', 'ru')).toBe(true);
    expect(await apy.provider.supports('sr', 'en')).toBe(true);
    expect(await apy.provider.supports('en', 'ru')).toBe(false);
    expect(await apy.provider.supports('de', 'en')).toBe(false);
  });

  it('sends each paragraph on its own, Serbian in Latin script, without unknown-word marks', async () => {
    const apy = await withApy(() => ({ status: 200, body: fixture('apertium-translate-hbs-eng') }));
    fake = apy.fake;
    const answer = await apy.provider.translate({ source: 'sr', target: 'en', texts: ['Влада Србије', '', 'Закон'] });
    expect(answer).toEqual({
      provider: 'apertium',
      pair: 'hbs|eng',
      texts: [
        'Reigns Serbia adopted draft of new law on education',
        '',
        'Reigns Serbia adopted draft of new law on education',
      ],
    });
    const forms = fake.requests.filter((r) => r.url === '/translate').map((r) => new URLSearchParams(r.body));
    expect(forms.map((form) => form.get('q'))).toEqual(['Vlada Srbije', 'Zakon']);
    expect(forms.every((form) => form.get('markUnknown') === 'no' && form.get('langpair') === 'hbs|eng')).toBe(true);
  });

  it('treats a pair whose pipeline crashes as unavailable for a while, not as an outage', async () => {
    const apy = await withApy(() => ({ status: 503, body: fixture('apertium-pair-crashed') }));
    fake = apy.fake;
    await expect(apy.provider.translate({ source: 'uk', target: 'ru', texts: ['Київ'] })).rejects.toBeInstanceOf(
      TranslationRefusedError,
    );
    expect(await apy.provider.supports('uk', 'ru')).toBe(false);
    expect(await apy.provider.supports('sr', 'en')).toBe(true);
  });

  it('refuses a pair APY does not have', async () => {
    const apy = await withApy(() => ({ status: 400, body: fixture('apertium-pair-missing') }));
    fake = apy.fake;
    await expect(apy.provider.translate({ source: 'uk', target: 'ru', texts: ['Київ'] })).rejects.toBeInstanceOf(
      TranslationRefusedError,
    );
  });

  it.each<[string, Answer]>([
    ['HTTP 500', { status: 500, body: 'Internal Server Error' }],
    ['no answer in time', 'hang'],
  ])('reports %s as an outage', async (_name, answer) => {
    const apy = await withApy(() => answer);
    fake = apy.fake;
    const started = Date.now();
    await expect(apy.provider.translate({ source: 'uk', target: 'ru', texts: ['Київ'] })).rejects.toBeInstanceOf(
      TranslationProviderUnavailableError,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('reports a refused connection as an outage', async () => {
    const closed = new FakeProvider(() => 'hang');
    const url = await closed.start();
    await closed.stop();
    const provider = new ApertiumProvider({ url, ...options });
    const refused = provider.supports('uk', 'ru');
    await expect(refused).rejects.toBeInstanceOf(TranslationProviderUnavailableError);
    await expect(refused).rejects.toThrow(/ECONNREFUSED/);
  });
});
