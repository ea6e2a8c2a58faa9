import { Client } from '@elastic/elasticsearch';

import type { SearchIndexOptions } from './search-index-options';

export function createElasticsearchClient(options: SearchIndexOptions): Client {
  return new Client({
    node: options.url,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 3,
  });
}
