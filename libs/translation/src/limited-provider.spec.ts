import { LimitedProvider } from './limited-provider';
import type { TranslationProvider, TranslationRequest } from './provider';

const request: TranslationRequest = { source: 'uk', target: 'ru', texts: ['Текст.'] };

function slowProvider() {
  let running = 0;
  const seen = { peak: 0, calls: 0 };
  const release: (() => void)[] = [];
  const provider: TranslationProvider = {
    name: 'apertium',
    supports: async () => true,
    translate: async (call) => {
      running++;
      seen.calls++;
      seen.peak = Math.max(seen.peak, running);
      await new Promise<void>((resolve) => release.push(resolve));
      running--;
      return { provider: 'apertium' as const, pair: 'uk-ru', texts: call.texts };
    },
  };
  return { provider, seen, release };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('LimitedProvider', () => {
  it('runs at most its concurrency at once and lets the waiting ones through as calls end', async () => {
    const { provider, seen, release } = slowProvider();
    const limited = new LimitedProvider(provider, 2);
    const answers = Promise.all(Array.from({ length: 5 }, () => limited.translate(request)));
    await settle();
    expect(seen).toEqual({ peak: 2, calls: 2 });
    while (seen.calls < 5 || release.length > 0) {
      release.shift()?.();
      await settle();
    }
    expect(await answers).toHaveLength(5);
    expect(seen.peak).toBe(2);
  });

  it('frees the slot of a call that fails', async () => {
    const failing: TranslationProvider = {
      name: 'apertium',
      supports: async () => true,
      translate: async () => {
        throw new Error('HTTP 500');
      },
    };
    const limited = new LimitedProvider(failing, 1);
    await expect(limited.translate(request)).rejects.toThrow('HTTP 500');
    await expect(limited.translate(request)).rejects.toThrow('HTTP 500');
  });
});
