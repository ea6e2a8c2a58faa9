import { DatabaseSettings, HttpSettings, KafkaSettings, loadConfig, LogSettings } from '@newsflow/config';
import { z } from 'zod';

const language = /^[a-z]{2}$/;
const commaList = (item: RegExp, message: string) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(item, message)));

const TranslationSettings = {
  /** Languages every article is translated into (ISO 639-1), e.g. `en,uk`. */
  TRANSLATION_TARGETS: commaList(language, 'each target must be an ISO 639-1 code such as en').default(['en']),
  /** Providers in order of preference; a pair goes to the first one that offers it. */
  TRANSLATION_PROVIDERS: commaList(
    /^(apertium|libretranslate|deepl)$/,
    'each provider must be apertium, libretranslate or deepl',
  ).default(['apertium']),
  /** Per-pair orders that override TRANSLATION_PROVIDERS, e.g. `uk|en=deepl,apertium;sr|en=libretranslate`. */
  TRANSLATION_ROUTES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(';')
        .map((route) => route.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^[a-z]{2}\|[a-z]{2}=(apertium|libretranslate|deepl)(,(apertium|libretranslate|deepl))*$/,
            'each route must look like uk|en=deepl,apertium',
          ),
      ),
    )
    .transform((routes) =>
      Object.fromEntries(routes.map((route) => [route.split('=')[0], route.split('=')[1].split(',')])),
    ),
  TRANSLATION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  TRANSLATION_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  APERTIUM_URL: z.url().default('http://127.0.0.1:2737'),
  LIBRETRANSLATE_URL: z.url().optional(),
  LIBRETRANSLATE_API_KEY: z.string().max(200).optional(),
  DEEPL_URL: z.url().default('https://api-free.deepl.com'),
  DEEPL_API_KEY: z.string().max(200).optional(),
};

export function loadTranslatorSettings(env: NodeJS.ProcessEnv = process.env) {
  const settings = loadConfig(
    { ...KafkaSettings, ...HttpSettings, ...DatabaseSettings, ...LogSettings, ...TranslationSettings },
    env,
  );
  const named = new Set([...settings.TRANSLATION_PROVIDERS, ...Object.values(settings.TRANSLATION_ROUTES).flat()]);
  if (named.has('libretranslate') && !settings.LIBRETRANSLATE_URL) {
    throw new Error(
      'LIBRETRANSLATE_URL is required when TRANSLATION_PROVIDERS or TRANSLATION_ROUTES name libretranslate',
    );
  }
  if (named.has('deepl') && !settings.DEEPL_API_KEY) {
    throw new Error('DEEPL_API_KEY is required when TRANSLATION_PROVIDERS or TRANSLATION_ROUTES name deepl');
  }
  return settings;
}

export type TranslatorSettings = ReturnType<typeof loadTranslatorSettings>;
