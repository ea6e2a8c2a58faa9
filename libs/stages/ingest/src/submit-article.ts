import { Injectable } from '@nestjs/common';
import type { Publisher } from '@newsflow/api-keys';
import type { ArticleSubmission } from '@newsflow/contracts';

import { BoundedPublishing } from './bounded-publishing';
import { rawArticleEvent } from './raw-article-event';
import { ensureOwnSources } from './source-not-allowed.error';

/**
 * Accepts a validated submission: gives it its stable id and hands it to the pipeline. The
 * caller learns the id at once; the article becomes searchable within seconds.
 */
@Injectable()
export class SubmitArticle {
  constructor(private readonly publishing: BoundedPublishing) {}

  async execute(submission: ArticleSubmission, correlationId?: string, publisher?: Publisher): Promise<{ id: string }> {
    ensureOwnSources(publisher, [submission.source]);
    const { id, event } = rawArticleEvent(submission, { correlationId, submittedBy: publisher?.keyId });
    await this.publishing.publishAll([event]);
    return { id };
  }
}
