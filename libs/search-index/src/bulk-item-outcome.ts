import type { estypes } from '@elastic/elasticsearch';

export type SearchWriteOutcome = 'written' | 'stale' | 'rejected' | 'transient';

export interface SearchWriteResult {
  id: string;
  outcome: SearchWriteOutcome;
  /** Elasticsearch's error type and reason, for the log and the dead letter. */
  reason?: string;
}

const REJECTED_TYPES = new Set([
  'mapper_parsing_exception',
  'document_parsing_exception',
  'illegal_argument_exception',
  'strict_dynamic_mapping_exception',
]);
const TRANSIENT_STATUSES = new Set([429, 503]);

/**
 * What one item of a bulk response means for its article: an equal or newer version already
 * indexed is stale, a document Elasticsearch can never accept is rejected (dead-letter it), and
 * back-pressure or an unavailable shard is transient (retry it).
 */
export function bulkItemOutcome(id: string, item: estypes.BulkResponseItem | undefined): SearchWriteResult {
  if (!item) return { id, outcome: 'transient', reason: 'the bulk response has no result for this document' };
  const error = item.error;
  if (!error) return { id, outcome: 'written' };
  const reason = `${error.type}: ${error.reason ?? ''}`.trim();
  if (item.status === 409 || error.type === 'version_conflict_engine_exception') {
    return { id, outcome: 'stale', reason };
  }
  if (TRANSIENT_STATUSES.has(item.status) || error.type === 'es_rejected_execution_exception') {
    return { id, outcome: 'transient', reason };
  }
  if (REJECTED_TYPES.has(error.type) || (item.status >= 400 && item.status < 500)) {
    return { id, outcome: 'rejected', reason };
  }
  return { id, outcome: 'transient', reason };
}
