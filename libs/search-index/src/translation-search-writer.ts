import type { Client } from '@elastic/elasticsearch';
import { Inject, Injectable } from '@nestjs/common';
import type { TranslatedArticle } from '@newsflow/contracts';

import { ArticleWriteTargets } from './article-write-targets';
import { ELASTICSEARCH } from './search-index.tokens';
import { SEARCH_INDEX_OPTIONS, type SearchIndexOptions } from './search-index-options';
import { type SearchTranslation, withTranslation } from './translation-document';

export type TranslationWriteOutcome = 'written' | 'stale' | 'article-behind';

interface StoredDocument {
  version: number;
  translations?: Record<string, SearchTranslation>;
}

/** A concurrent write between our read and our update: read again, a few times. */
const CONFLICT_RETRIES = 3;

/**
 * Adds a translation to the article's search document, only while that document holds the
 * translated version: read with its sequence number, update only if nothing wrote in between
 * (if_seq_no), so a newer revision indexed meanwhile is never given an older translation.
 */
@Injectable()
export class TranslationSearchWriter {
  private readonly targets: ArticleWriteTargets;

  constructor(
    @Inject(ELASTICSEARCH) private readonly client: Client,
    @Inject(SEARCH_INDEX_OPTIONS) options: SearchIndexOptions,
  ) {
    this.targets = new ArticleWriteTargets(client, options.indexPrefix);
  }

  async add(translation: TranslatedArticle): Promise<TranslationWriteOutcome> {
    const outcomes: TranslationWriteOutcome[] = [];
    for (const target of await this.targets.current()) outcomes.push(await this.addTo(target, translation));
    if (outcomes.includes('article-behind')) return 'article-behind';
    return outcomes.includes('written') ? 'written' : 'stale';
  }

  private async addTo(target: string, translation: TranslatedArticle): Promise<TranslationWriteOutcome> {
    for (let attempt = 0; ; attempt++) {
      const found = await this.client.search<StoredDocument>({
        index: target,
        query: { ids: { values: [translation.id] } },
        _source: ['version', 'translations'],
        seq_no_primary_term: true,
        size: 1,
      });
      const hit = found.hits.hits[0];
      if (!hit?._source || hit._source.version < translation.version) return 'article-behind';
      if (hit._source.version > translation.version) return 'stale';
      try {
        await this.client.update({
          index: hit._index,
          id: translation.id,
          if_seq_no: hit._seq_no,
          if_primary_term: hit._primary_term,
          doc: withTranslation(hit._source.translations, translation),
        });
        return 'written';
      } catch (error) {
        const status = (error as { meta?: { statusCode?: number } }).meta?.statusCode;
        if (status !== 409 || attempt >= CONFLICT_RETRIES) throw error;
      }
    }
  }
}
