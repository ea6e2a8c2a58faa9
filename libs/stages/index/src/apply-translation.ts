import { Injectable, Logger } from '@nestjs/common';
import { TranslationRepository } from '@newsflow/article-store';
import { ArticleRejectedError, DependencyUnavailableError, type TranslatedArticle } from '@newsflow/contracts';
import { StageMetrics } from '@newsflow/observability';
import { TranslationSearchWriter } from '@newsflow/search-index';

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
 * Stores a translation in PostgreSQL and adds it to the search document, each only while the
 * translated version is the stored one: a translation of version 1 never lands on version 2.
 */
@Injectable()
export class ApplyTranslation {
  private readonly logger = new Logger(ApplyTranslation.name);

  constructor(
    private readonly translations: TranslationRepository,
    private readonly search: TranslationSearchWriter,
    private readonly metrics: StageMetrics,
  ) {}

  async execute({ translation }: ApplyTranslationCommand, now = Date.now()): Promise<TranslationOutcome> {
    const stored = await this.translations.store(translation);
    const indexed = stored === 'stale' ? 'stale' : await this.search.add(translation);
    if (stored === 'article-behind' || indexed === 'article-behind') {
      const waited = now - Date.parse(translation.translatedAt);
      if (waited > ARTICLE_WAIT_MS) {
        throw new ArticleRejectedError(`version ${translation.version} of the article was never indexed`);
      }
      throw new DependencyUnavailableError('indexed article', `version ${translation.version} not indexed yet`);
    }
    if (stored === 'written' || indexed === 'written') return 'written';
    this.metrics.count('indexer', 'skipped-stale');
    this.logger.warn(
      { id: translation.id, version: translation.version, target: translation.targetLanguage },
      'stale translation skipped: a newer version of the article is stored',
    );
    return 'stale';
  }
}
