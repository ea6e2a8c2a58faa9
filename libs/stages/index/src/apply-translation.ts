import { Injectable, Logger } from '@nestjs/common';
import { TranslationRepository, type TranslationStoreOutcome } from '@newsflow/article-store';
import { ArticleRejectedError, DependencyUnavailableError, type TranslatedArticle } from '@newsflow/contracts';
import { StageMetrics } from '@newsflow/observability';
import { TranslationSearchWriter, type TranslationWriteResult } from '@newsflow/search-index';

import { searchWriteFailure } from './search-write-failure';

export type TranslationOutcome = 'written' | 'stale';

export interface ApplyTranslationCommand {
  translation: TranslatedArticle;
}

/**
 * How long a translation waits for its article version to be indexed (the translator reads the
 * same topic as the indexer and may be first); past that the article was never indexed, so the
 * translation is dead-lettered with the reason instead of holding its partition for ever.
 */
const ARTICLE_WAIT_MS = 10 * 60_000;

/**
 * Stores translations in PostgreSQL, in offset order, and adds them to the search documents with
 * one bulk request, each only while the translated version is the stored one: a translation of
 * version 1 never lands on version 2.
 */
@Injectable()
export class ApplyTranslation {
  private readonly logger = new Logger(ApplyTranslation.name);

  constructor(
    private readonly translations: TranslationRepository,
    private readonly search: TranslationSearchWriter,
    private readonly metrics: StageMetrics,
  ) {}

  async execute(
    commands: ApplyTranslationCommand[],
    now = Date.now(),
  ): Promise<PromiseSettledResult<TranslationOutcome>[]> {
    const stored: TranslationStoreOutcome[] = [];
    for (const { translation } of commands) stored.push(await this.translations.store(translation));
    const toIndex = commands.flatMap(({ translation }, n) => (stored[n] === 'stale' ? [] : [{ translation, n }]));
    const indexed = new Map<number, TranslationWriteResult>();
    (await this.search.addAll(toIndex.map(({ translation }) => translation))).forEach((result, k) =>
      indexed.set(toIndex[k].n, result),
    );
    return commands.map(({ translation }, n) =>
      this.settle(translation, stored[n], indexed.get(n) ?? { outcome: 'stale' }, now),
    );
  }

  private settle(
    translation: TranslatedArticle,
    stored: TranslationStoreOutcome,
    indexed: TranslationWriteResult,
    now: number,
  ): PromiseSettledResult<TranslationOutcome> {
    const failure = searchWriteFailure(indexed);
    if (failure) return failure;
    if (stored === 'article-behind' || indexed.outcome === 'article-behind') {
      const waited = now - Date.parse(translation.translatedAt);
      const reason =
        waited > ARTICLE_WAIT_MS
          ? new ArticleRejectedError(`version ${translation.version} of the article was never indexed`)
          : new DependencyUnavailableError('indexed article', `version ${translation.version} not indexed yet`);
      return { status: 'rejected', reason };
    }
    if (stored === 'written' || indexed.outcome === 'written') return { status: 'fulfilled', value: 'written' };
    this.metrics.count('indexer', 'skipped-stale');
    this.logger.warn(
      { id: translation.id, version: translation.version, target: translation.targetLanguage },
      'stale translation skipped: a newer version of the article is stored',
    );
    return { status: 'fulfilled', value: 'stale' };
  }
}
