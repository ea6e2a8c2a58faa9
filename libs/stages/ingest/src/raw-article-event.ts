import { ArticleContracts, articleIdFor, type ArticleSubmission } from '@newsflow/contracts';
import { outgoing, type OutgoingEvent } from '@newsflow/messaging';

/**
 * One accepted submission as the raw-topic event, keyed by its stable id. `submittedBy` is the
 * provenance: the API key's id, or `feed:<id>` for an item a polled feed brought.
 */
export function rawArticleEvent(
  submission: ArticleSubmission,
  origin: { correlationId?: string; submittedBy?: string },
): { id: string; event: OutgoingEvent } {
  const id = articleIdFor(submission);
  return { id, event: outgoing(ArticleContracts.rawArticle, { key: id, payload: submission, ...origin }) };
}
