import { DatabaseSettings, ElasticsearchSettings, HttpSettings, loadConfig, LogSettings } from '@newsflow/config';
import { z } from 'zod';

export function loadSearchApiSettings(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(
    {
      ...HttpSettings,
      ...DatabaseSettings,
      ...ElasticsearchSettings,
      ...LogSettings,
      SEARCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
    },
    env,
  );
}

export type SearchApiSettings = ReturnType<typeof loadSearchApiSettings>;
