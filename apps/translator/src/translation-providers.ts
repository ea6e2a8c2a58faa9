import {
  ApertiumProvider,
  DeeplProvider,
  LibreTranslateProvider,
  LimitedProvider,
  ResilientProvider,
  type TranslationProvider,
  TranslationRouter,
} from '@newsflow/translation';

import type { TranslatorSettings } from './translator-settings';

const RESILIENCE = { attempts: 3, backoffMs: 500, breakerThreshold: 3, breakerCooldownMs: 15_000 };

export function translationRouter(settings: TranslatorSettings): TranslationRouter {
  const timeoutMs = settings.TRANSLATION_TIMEOUT_MS;
  const build: Record<string, () => TranslationProvider> = {
    apertium: () => new ApertiumProvider({ url: settings.APERTIUM_URL, timeoutMs, brokenPairPauseMs: 600_000 }),
    libretranslate: () =>
      new LibreTranslateProvider({
        url: settings.LIBRETRANSLATE_URL!,
        apiKey: settings.LIBRETRANSLATE_API_KEY,
        timeoutMs,
      }),
    deepl: () => new DeeplProvider({ url: settings.DEEPL_URL, apiKey: settings.DEEPL_API_KEY!, timeoutMs }),
  };
  const named = new Set([...settings.TRANSLATION_PROVIDERS, ...Object.values(settings.TRANSLATION_ROUTES).flat()]);
  // Retries and their backoff wait outside the limit, so a pause never holds a provider slot.
  const providers = [...named].map(
    (name) => new ResilientProvider(new LimitedProvider(build[name](), settings.TRANSLATION_CONCURRENCY), RESILIENCE),
  );
  return new TranslationRouter(providers, { ...settings.TRANSLATION_ROUTES, '*': settings.TRANSLATION_PROVIDERS });
}
