import type { TranslationProvider } from './provider';
import { ResilientProvider } from './resilient-provider';
import { TranslationProviderUnavailableError, TranslationRefusedError } from './translation-errors';

function flaky(
  failures: number,
  error: () => Error = () => new TranslationProviderUnavailableError('apertium', 'HTTP 500'),
) {
  let calls = 0;
  const inner: TranslationProvider = {
    name: 'apertium',
    supports: async () => true,
    async translate(request) {
      calls++;
      if (calls <= failures) throw error();
      return { provider: 'apertium', pair: 'ukr|rus', texts: request.texts };
    },
  };
  return { inner, calls: () => calls };
}

const options = { attempts: 3, backoffMs: 1, breakerThreshold: 2, breakerCooldownMs: 60_000 };
const request = { source: 'uk', target: 'ru', texts: ['Київ'] };

describe('ResilientProvider', () => {
  it('retries an outage with backoff and succeeds when the provider recovers', async () => {
    const { inner, calls } = flaky(2);
    await expect(new ResilientProvider(inner, options).translate(request)).resolves.toMatchObject({ texts: ['Київ'] });
    expect(calls()).toBe(3);
  });

  it('does not retry a refusal', async () => {
    const { inner, calls } = flaky(5, () => new TranslationRefusedError('apertium', 'ukr|rus', 'HTTP 400'));
    await expect(new ResilientProvider(inner, options).translate(request)).rejects.toBeInstanceOf(
      TranslationRefusedError,
    );
    expect(calls()).toBe(1);
  });

  it('opens the breaker after repeated failed calls and then fails fast without calling', async () => {
    const { inner, calls } = flaky(100);
    const resilient = new ResilientProvider(inner, options);
    for (let n = 0; n < 2; n++) await expect(resilient.translate(request)).rejects.toThrow('HTTP 500');
    expect(calls()).toBe(6);
    await expect(resilient.translate(request)).rejects.toThrow('circuit open');
    expect(calls()).toBe(6);
  });
});
