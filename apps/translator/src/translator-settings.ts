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
  TRANSLATION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
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
  if (settings.TRANSLATION_PROVIDERS.includes('libretranslate') && !settings.LIBRETRANSLATE_URL) {
    throw new Error('LIBRETRANSLATE_URL is required when TRANSLATION_PROVIDERS names libretranslate');
  }
  if (settings.TRANSLATION_PROVIDERS.includes('deepl') && !settings.DEEPL_API_KEY) {
    throw new Error('DEEPL_API_KEY is required when TRANSLATION_PROVIDERS names deepl');
  }
  return settings;
}

export type TranslatorSettings = ReturnType<typeof loadTranslatorSettings>;
