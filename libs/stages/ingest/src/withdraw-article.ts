import { Injectable } from '@nestjs/common';
import { ArticleContracts } from '@newsflow/contracts';
import { outgoing } from '@newsflow/messaging';

import { BoundedPublishing } from './bounded-publishing';

export interface WithdrawArticleCommand {
  id: string;
  correlationId?: string;
}

/**
 * An editor's kill: published for the indexer, which stores it as a newer version marked
 * withdrawn and takes the article out of search. The caller learns only that it was accepted.
 */
@Injectable()
export class WithdrawArticle {
  constructor(private readonly publishing: BoundedPublishing) {}

  async execute({ id, correlationId }: WithdrawArticleCommand): Promise<{ id: string }> {
    await this.publishing.publishAll([
      outgoing(ArticleContracts.articleWithdrawal, {
        key: id,
        payload: { id, requestedAt: new Date().toISOString() },
        correlationId,
      }),
    ]);
    return { id };
  }
}
