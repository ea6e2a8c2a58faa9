import { DatabaseSettings, ElasticsearchSettings, HttpSettings, loadConfig, LogSettings } from '@newsflow/config';

export function loadSearchApiSettings(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig({ ...HttpSettings, ...DatabaseSettings, ...ElasticsearchSettings, ...LogSettings }, env);
}

export type SearchApiSettings = ReturnType<typeof loadSearchApiSettings>;
