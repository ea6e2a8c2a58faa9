import type { Client, estypes } from '@elastic/elasticsearch';
import { Inject, Injectable } from '@nestjs/common';
import type { TranslatedArticle } from '@newsflow/contracts';

import { ArticleWriteTargets, combineTargets } from './article-write-targets';
import { bulkItemOutcome } from './bulk-item-outcome';
import { ELASTICSEARCH } from './search-index.tokens';
import { SEARCH_INDEX_OPTIONS, type SearchIndexOptions } from './search-index-options';
import { type SearchTranslation, type TranslationFields, withTranslation } from './translation-document';

export interface TranslationWriteResult {
  outcome: 'written' | 'stale' | 'article-behind' | 'rejected' | 'transient';
  /** Elasticsearch's error, for the log and the dead letter. */
  reason?: string;
}

interface StoredDocument {
  version: number;
  translations?: Record<string, SearchTranslation>;
}

/** A concurrent write between our read and our update: read again, a few times. */
const CONFLICT_RETRIES = 3;

/** A translation waiting for its article anywhere waits; see combineTargets. */
const OUTCOME_PRECEDENCE: TranslationWriteResult['outcome'][] = [
  'rejected',
  'transient',
  'article-behind',
  'written',
  'stale',
];

/**
 * Adds translations to their articles' search documents, only while a document holds the
 * translated version: one real-time multi-get reads each document with its sequence number, and
 * one bulk request updates each article once with all of its translations in the batch, only if
 * nothing wrote in between (if_seq_no); a document written meanwhile is read again. So a newer
 * revision indexed meanwhile is never given an older translation, and an article translated into
 * two languages is re-indexed once, not twice.
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

  /** The result of each translation in the order given (translations of one article apply in that order). */
  async addAll(translations: TranslatedArticle[]): Promise<TranslationWriteResult[]> {
    if (translations.length === 0) return [];
    const perTarget: TranslationWriteResult[][] = [];
    for (const target of await this.targets.current()) perTarget.push(await this.addAllTo(target, translations));
    return translations.map((_, n) =>
      combineTargets(
        perTarget.map((target) => target[n]),
        OUTCOME_PRECEDENCE,
      ),
    );
  }

  private async addAllTo(target: string, translations: TranslatedArticle[]): Promise<TranslationWriteResult[]> {
    const results: TranslationWriteResult[] = [];
    let pending = translations.map((_, n) => n);
    for (let attempt = 0; pending.length > 0; attempt++) {
      const conflicted = await this.attempt(target, translations, pending, results);
      if (conflicted.length > 0 && attempt >= CONFLICT_RETRIES) {
        for (const n of conflicted) results[n] = { outcome: 'transient', reason: 'the document kept changing' };
        return results;
      }
      pending = conflicted;
    }
    return results;
  }

  /** One read and one bulk update for the pending translations; returns those to try again. */
  private async attempt(
    target: string,
    translations: TranslatedArticle[],
    pending: number[],
    results: TranslationWriteResult[],
  ): Promise<number[]> {
    const byArticle = new Map<string, number[]>();
    for (const n of pending) {
      const positions = byArticle.get(translations[n].id);
      if (positions) positions.push(n);
      else byArticle.set(translations[n].id, [n]);
    }
    const { docs } = await this.client.mget<StoredDocument>({
      index: target,
      ids: [...byArticle.keys()],
      _source: ['version', 'translations'],
    });
    const operations: object[] = [];
    const updated: number[][] = [];
    for (const doc of docs) {
      const positions = byArticle.get(doc._id) ?? [];
      const stored = 'found' in doc && doc.found ? doc : null;
      let fields: TranslationFields | null = null;
      const applied: number[] = [];
      for (const n of positions) {
        const version = stored?._source?.version;
        if (version === undefined || version < translations[n].version) results[n] = { outcome: 'article-behind' };
        else if (version > translations[n].version) results[n] = { outcome: 'stale' };
        else {
          fields = withTranslation(fields?.translations ?? stored?._source?.translations, translations[n]);
          applied.push(n);
        }
      }
      if (!stored || !fields) continue;
      operations.push(
        {
          update: {
            _index: stored._index,
            _id: doc._id,
            if_seq_no: stored._seq_no,
            if_primary_term: stored._primary_term,
          },
        },
        { doc: fields },
      );
      updated.push(applied);
    }
    if (operations.length === 0) return [];
    const response = await this.client.bulk({ operations });
    const conflicted: number[] = [];
    response.items.forEach((item, k) => {
      const outcome = item.update;
      if (outcome?.status === 409) conflicted.push(...updated[k]);
      else for (const n of updated[k]) results[n] = itemResult(outcome);
    });
    return conflicted;
  }
}

function itemResult(item: estypes.BulkResponseItem | undefined): TranslationWriteResult {
  if (item?.status === 404) return { outcome: 'article-behind' };
  const { outcome, reason } = bulkItemOutcome('', item);
  return { outcome, reason };
}
