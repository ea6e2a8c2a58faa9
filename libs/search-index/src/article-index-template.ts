import type { estypes } from '@elastic/elasticsearch';
/**
 * Only built-in analyzers (standard, whitespace, keyword) are used: the minimal Elasticsearch
 * distribution we test against has no language analysis module, and none exists for Ukrainian.
 * Stemming and transliteration happen in the pipeline and arrive as the `stems` and `translit`
 * fields, which the search API queries after analysing the query the same way.
 */
export function articleIndexTemplate(prefix: string): estypes.IndicesPutIndexTemplateRequest {
  const keyword = { type: 'keyword' } as const;
  return {
    name: `${prefix}-articles`,
    index_patterns: [`${prefix}-articles-*`],
    priority: 200,
    template: {
      settings: { number_of_shards: 1, number_of_replicas: 0, refresh_interval: '1s' },
      mappings: {
        dynamic: 'strict',
        properties: {
          id: keyword,
          version: { type: 'long' },
          source: keyword,
          url: { type: 'keyword', index: false },
          title: { type: 'text', analyzer: 'standard' },
          // Highlights read offsets from the postings: the same snippets as from term vectors, for less indexing work,
          // refresh time and disk (docs/measurements.md, "Search index").
          body: { type: 'text', analyzer: 'standard', index_options: 'offsets' },
          language: keyword,
          countries: keyword,
          places: keyword,
          subjects: keyword,
          subject_names: keyword,
          people: keyword,
          organisations: keyword,
          organisation_categories: keyword,
          keywords: keyword,
          story_id: keyword,
          published_at: { type: 'date' },
          received_at: { type: 'date' },
          pub_status: keyword,
          embargoed_until: { type: 'date' },
          available_at: { type: 'date' },
          word_count: { type: 'integer' },
          stems: { type: 'text', analyzer: 'whitespace' },
          translit: { type: 'text', analyzer: 'standard' },
          // Spelling-blind keys of the names (name-keys.ts), matched whole: presence counts, not frequency.
          name_keys: { type: 'text', analyzer: 'whitespace', norms: false, index_options: 'docs' },
          // Translations (translator stage): kept whole for display, searched through the fields below.
          translations: { type: 'object', enabled: false },
          translation_languages: keyword,
          translated_title: { type: 'text', analyzer: 'standard' },
          translated_body: { type: 'text', analyzer: 'standard' },
          translated_stems: { type: 'text', analyzer: 'whitespace' },
          translated_translit: { type: 'text', analyzer: 'standard' },
        },
      },
    },
  };
}
