import { Injectable } from '@nestjs/common';
import { ArticleContracts, articleIdFor, type ArticleSubmission } from '@newsflow/contracts';
import { EventPublisher } from '@newsflow/messaging';

/**
 * Accepts a validated submission: gives it its stable id and hands it to the pipeline. The
 * caller learns the id at once; the article becomes searchable within seconds.
 */
@Injectable()
export class SubmitArticle {
  constructor(private readonly publisher: EventPublisher) {}

  async execute(submission: ArticleSubmission, correlationId?: string): Promise<{ id: string }> {
    const id = articleIdFor(submission);
    await this.publisher.publish(ArticleContracts.rawArticle, { key: id, payload: submission, correlationId });
    return { id };
  }
}
