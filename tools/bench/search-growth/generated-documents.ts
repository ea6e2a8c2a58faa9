import { createHash } from 'node:crypto';
import { join } from 'node:path';

import { classifyArticle } from '@newsflow/article-classification';
import type { ClassifiedArticle, TranslatedArticle } from '@newsflow/contracts';
import { type ArticleSearchDocument, toSearchDocument, withTranslation } from '@newsflow/search-index';
import normaliseInWorker from '@newsflow/stage-normalise/worker';
import { RealisticPages } from '@newsflow/test-harness';

const root = join(__dirname, '..', '..', '..');
const STORY_SIZE = 3;

/**
 * Search documents as the pipeline writes them, made by the product's own normalise, classify and
 * search-document code from the throughput benchmark's realistic pages. Running that work for 200k
 * articles would take longer than indexing them, so a pool of distinct articles is made once and
 * each document is a pool article under a fresh id, story and arrival time.
 */
export class GeneratedDocuments {
  private readonly pool: ArticleSearchDocument[];

  constructor(poolSize: number, seed: string) {
    const pages = new RealisticPages(root, seed);
    this.pool = Array.from({ length: poolSize }, (_, n) => {
      const answer = normaliseInWorker({ submission: pages.page(n), receivedAt: new Date(), sentAt: null });
      if (!('article' in answer)) throw new Error(`page ${n} was rejected: ${answer.rejected}`);
      const { text } = answer.article;
      const { fingerprint: _fingerprint, ...classification } = classifyArticle({
        title: text.title ?? '',
        paragraphs: text.paragraphs,
        language: text.language.code,
      });
      const article: ClassifiedArticle = { ...answer.article, classification: { ...classification, storyId: 'pool' } };
      return toSearchDocument(article);
    });
  }

  /** The n-th article of a run: ids differ between runs, so no run overwrites another's documents. */
  document(run: string, n: number, at: Date): ArticleSearchDocument {
    const received = at.toISOString();
    return {
      ...this.pool[n % this.pool.length],
      id: this.id(run, n),
      story_id: `${run}-${Math.floor(n / STORY_SIZE)}`,
      published_at: received,
      received_at: received,
      available_at: received,
    };
  }

  id(run: string, n: number): string {
    return createHash('md5').update(`${run}-${n}`).digest('hex');
  }

  /** The fields the translator's update writes into the n-th article: another pool article stands for its text. */
  translation(n: number, at: Date) {
    const text = this.pool[(n + 1) % this.pool.length];
    const translated: TranslatedArticle = {
      id: text.id,
      version: 1,
      sourceLanguage: 'uk',
      targetLanguage: 'en',
      provider: 'apertium',
      pair: 'ukr|eng',
      title: text.title,
      paragraphs: text.body.split('\n\n'),
      contentHash: '0'.repeat(64),
      translatedAt: at.toISOString(),
      search: { stems: text.stems, translit: text.translit },
    };
    return withTranslation(undefined, translated);
  }
}
