import { ArticleRejectedError, DependencyUnavailableError } from '@newsflow/contracts';

/**
 * What a search write that failed means for its message: a document Elasticsearch refuses is
 * dead-lettered with the reason, back-pressure or an outage is retried; null when it did not fail.
 */
export function searchWriteFailure(result: { outcome: string; reason?: string }): PromiseRejectedResult | null {
  if (result.outcome === 'rejected') {
    return { status: 'rejected', reason: new ArticleRejectedError(`Elasticsearch refused it: ${result.reason}`) };
  }
  if (result.outcome === 'transient') {
    return { status: 'rejected', reason: new DependencyUnavailableError('elasticsearch', result.reason ?? 'busy') };
  }
  return null;
}
