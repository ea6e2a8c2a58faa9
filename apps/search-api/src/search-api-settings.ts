import { join } from 'node:path';

import { DatabaseSettings, ElasticsearchSettings, HttpSettings, loadConfig, LogSettings } from '@newsflow/config';
import { z } from 'zod';

const SearchUiSettings = {
  // The built UI sits beside the built API in dist/apps.
  SEARCH_UI_DIR: z
    .string()
    .min(1)
    .default(join(__dirname, '..', 'search-ui')),
};

export function loadSearchApiSettings(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(
    {
      ...HttpSettings,
      ...DatabaseSettings,
      ...ElasticsearchSettings,
      ...LogSettings,
      ...SearchUiSettings,
      SEARCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
    },
    env,
  );
}

export type SearchApiSettings = ReturnType<typeof loadSearchApiSettings>;
