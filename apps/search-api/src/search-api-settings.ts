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
      /** `read`: every /v1 read needs an API key with the read scope; `off` (the default): reads are open. */
      SEARCH_AUTH: z.enum(['off', 'read']).default('off'),
    },
    env,
  );
}

export type SearchApiSettings = ReturnType<typeof loadSearchApiSettings>;
