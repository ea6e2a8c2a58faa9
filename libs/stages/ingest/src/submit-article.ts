import { Injectable } from '@nestjs/common';
import { ArticleContracts, articleIdFor, type ArticleSubmission } from '@newsflow/contracts';
import { outgoing } from '@newsflow/messaging';

import { BoundedPublishing } from './bounded-publishing';

/**
 * Accepts a validated submission: gives it its stable id and hands it to the pipeline. The
 * caller learns the id at once; the article becomes searchable within seconds.
 */
@Injectable()
export class SubmitArticle {
  constructor(private readonly publishing: BoundedPublishing) {}

  async execute(submission: ArticleSubmission, correlationId?: string): Promise<{ id: string }> {
    const id = articleIdFor(submission);
    await this.publishing.publishAll([
      outgoing(ArticleContracts.rawArticle, { key: id, payload: submission, correlationId }),
    ]);
    return { id };
  }
}
