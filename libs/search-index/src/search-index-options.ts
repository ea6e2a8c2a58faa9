export interface SearchIndexOptions {
  url: string;
  indexPrefix: string;
}

export const SEARCH_INDEX_OPTIONS = Symbol('SEARCH_INDEX_OPTIONS');

/** Readers and writers use the alias, so a reindex into a new index never changes their code. */
export const articleAlias = (prefix: string) => `${prefix}-articles`;
export const articleIndexName = (prefix: string) => `${prefix}-articles-v1`;
