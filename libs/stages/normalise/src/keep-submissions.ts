import { Injectable } from '@nestjs/common';
import { ArticleSourceRepository } from '@newsflow/article-store';
import type { NormalisedArticle } from '@newsflow/contracts';

import type { SubmittedArticle } from './normalise-documents';

/**
 * Keeps what was submitted for each normalised article in PostgreSQL, in one statement for the
 * batch, before the article goes on: later topics carry only the clean text. When the write fails,
 * every normalised message fails with it, so the batch is retried and nothing goes on unrecorded.
 */
@Injectable()
export class KeepSubmissions {
  constructor(private readonly sources: ArticleSourceRepository) {}

  async execute(
    documents: PromiseSettledResult<SubmittedArticle[]>[],
  ): Promise<PromiseSettledResult<NormalisedArticle[]>[]> {
    const submitted = documents.flatMap((document) => (document.status === 'fulfilled' ? document.value : []));
    try {
      await this.sources.upsertMany(
        submitted.map(({ article, submission, wireMediaType }) => ({
          articleId: article.id,
          version: article.version,
          submission,
          wireMediaType,
          receivedAt: new Date(article.receivedAt),
        })),
      );
    } catch (reason) {
      return documents.map((document) => (document.status === 'fulfilled' ? { status: 'rejected', reason } : document));
    }
    return documents.map((document) =>
      document.status === 'fulfilled'
        ? { status: 'fulfilled', value: document.value.map(({ article }) => article) }
        : document,
    );
  }
}
