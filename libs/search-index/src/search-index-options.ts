export interface SearchIndexOptions {
  url: string;
  indexPrefix: string;
  /**
   * Readers (the search API) neither create the index nor wait for the cluster at start: they
   * answer 503 until it is there. Writers provision at start. Default true.
   */
  provision?: boolean;
  /** Per-request timeout; a request path wants a short one. Default 30 s. */
  requestTimeoutMs?: number;
  /** Retries of a failed request; a request path wants none. Default 3. */
  maxRetries?: number;
}

export const SEARCH_INDEX_OPTIONS = Symbol('SEARCH_INDEX_OPTIONS');

/** Readers and writers use the alias, so a reindex into a new index never changes their code. */
export const articleAlias = (prefix: string) => `${prefix}-articles`;
export const articleIndexName = (prefix: string) => `${prefix}-articles-v1`;
/** Holds the new index while a reindex copies into it: writers write there too, so nothing written meanwhile is lost. */
export const reindexAlias = (prefix: string) => `${prefix}-articles-reindex`;
