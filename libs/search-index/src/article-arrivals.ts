import type { Client, estypes } from '@elastic/elasticsearch';
import { Inject, Injectable } from '@nestjs/common';

import { articleMatchQuery, type ArticleSearchRequest } from './article-search-query';
import { ELASTICSEARCH } from './search-index.tokens';
import { articleAlias, SEARCH_INDEX_OPTIONS, type SearchIndexOptions } from './search-index-options';

export interface ArticleArrivals {
  /** Matching articles that became visible after the cursor: arrived then, or embargoed until then. */
  count: number;
  /** The newest of them, for a banner. */
  latest: { id: string; title: string | null; receivedAt: string }[];
  /** Pass this back as `since` to hear only of later arrivals. */
  cursor: string;
}

/**
 * Articles that match a search and became visible after a cursor: what a live view announces as "N new". An
 * embargoed article is announced when its embargo ends, not when it arrived, so the cursor runs on `available_at`.
 */
@Injectable()
export class ArticleArrivalsSearch {
  constructor(
    @Inject(ELASTICSEARCH) private readonly client: Client,
    @Inject(SEARCH_INDEX_OPTIONS) private readonly options: SearchIndexOptions,
  ) {}

  /** Without a cursor, answers none and the cursor of the newest matching article: where a live view starts. */
  async since(request: ArticleSearchRequest, since: string | undefined, latest = 5): Promise<ArticleArrivals> {
    const match = articleMatchQuery(request) as { bool: { must: unknown[]; filter: unknown[] } };
    const response = await this.client.search<{
      id: string;
      title: string | null;
      received_at: string;
      available_at?: string;
    }>({
      index: articleAlias(this.options.indexPrefix),
      size: since ? latest : 1,
      track_total_hits: Boolean(since),
      _source: ['id', 'title', 'received_at', 'available_at'],
      query: {
        bool: {
          ...match.bool,
          filter: since ? [...match.bool.filter, { range: { available_at: { gt: since } } }] : match.bool.filter,
        },
      } as estypes.QueryDslQueryContainer,
      sort: [{ available_at: { order: 'desc', missing: '_last', unmapped_type: 'date' } }],
    });
    const total = response.hits.total;
    const items = response.hits.hits.map((hit) => hit._source!);
    const newest = items[0]?.available_at ?? items[0]?.received_at;
    if (!since) return { count: 0, latest: [], cursor: newest ?? new Date(0).toISOString() };
    return {
      count: typeof total === 'number' ? total : (total?.value ?? 0),
      latest: items.map((item) => ({ id: item.id, title: item.title, receivedAt: item.received_at })),
      cursor: newest ?? since,
    };
  }
}
