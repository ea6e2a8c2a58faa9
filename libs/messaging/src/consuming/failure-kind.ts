import { ArticleRejectedError, type FieldError } from '@newsflow/contracts';
import { ZodError } from 'zod';

/**
 * - rejected: the article can never be processed as it is; it is dead-lettered at once.
 * - transient: a dependency is down or overloaded; the work is retried for as long as that lasts, never dead-lettered.
 * - unknown: anything else; retried a bounded number of times, then dead-lettered.
 */
export type FailureKind = 'rejected' | 'transient' | 'unknown';

export interface ClassifiedFailure {
  kind: FailureKind;
  reason: string;
  errors: FieldError[];
}

const TRANSIENT_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** SQLSTATE classes and codes that say "the database cannot serve you now", not "your data is wrong". */
const TRANSIENT_SQLSTATE = /^(08...|53...|57P0[1-3]|40001|40P01|55P03|58...)$/;
/** Data exceptions and integrity constraint violations: the same row will fail the same way again. */
const REJECTED_SQLSTATE = /^(22...|23...)$/;

const TRANSIENT_HTTP_STATUS = new Set([408, 429, 502, 503, 504]);
const TRANSIENT_ERROR_NAMES = new Set([
  'ConnectionError',
  'TimeoutError',
  'NoLivingConnectionsError',
  'DependencyUnavailableError',
]);

const TRANSIENT_MESSAGE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|socket hang up|Connection terminated|not currently accepting connections|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|too many clients|timeout exceeded when trying to connect|es_rejected_execution_exception|circuit_breaking_exception|cluster_block_exception|unavailable_shards_exception|no_shard_available_action_exception|There is no leader for this topic-partition|Broker not connected|Connection error/i;
const REJECTED_MESSAGE =
  /mapper_parsing_exception|document_parsing_exception|strict_dynamic_mapping_exception|illegal_argument_exception|unsupported Unicode escape sequence|invalid input syntax|invalid byte sequence/i;

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  retriable?: unknown;
  meta?: { statusCode?: unknown };
  cause?: unknown;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'object' && error && typeof (error as ErrorShape).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

function kindOf(error: unknown, depth = 0): FailureKind {
  if (error instanceof ArticleRejectedError || error instanceof ZodError) return 'rejected';
  if (typeof error !== 'object' || error === null) return 'unknown';
  const shape = error as ErrorShape;
  const code = typeof shape.code === 'string' ? shape.code : '';
  if (TRANSIENT_NODE_CODES.has(code) || TRANSIENT_SQLSTATE.test(code)) return 'transient';
  if (REJECTED_SQLSTATE.test(code)) return 'rejected';
  const status = typeof shape.meta?.statusCode === 'number' ? shape.meta.statusCode : undefined;
  if (status !== undefined && TRANSIENT_HTTP_STATUS.has(status)) return 'transient';
  if (typeof shape.name === 'string' && TRANSIENT_ERROR_NAMES.has(shape.name)) return 'transient';
  if (typeof shape.name === 'string' && shape.name.startsWith('KafkaJS') && shape.retriable === true) {
    return 'transient';
  }
  const message = messageOf(error);
  if (TRANSIENT_MESSAGE.test(message)) return 'transient';
  if (status === 400 || REJECTED_MESSAGE.test(message)) return 'rejected';
  // AggregateError (e.g. every address of a host refused) and wrapped errors carry the real cause.
  const causes = [...(Array.isArray((error as { errors?: unknown }).errors) ? (error as AggregateError).errors : [])];
  if (shape.cause !== undefined) causes.push(shape.cause);
  if (depth < 3) {
    const kinds = causes.map((cause) => kindOf(cause, depth + 1));
    if (kinds.includes('transient')) return 'transient';
    if (kinds.includes('rejected')) return 'rejected';
  }
  return 'unknown';
}

/** Decides what a failure means for the message that caused it. Pure: no I/O, no state. */
export function classifyFailure(error: unknown): ClassifiedFailure {
  const kind = kindOf(error);
  if (error instanceof ArticleRejectedError) return { kind, reason: error.reason, errors: error.errors };
  if (error instanceof ZodError)
    return { kind, reason: `produced event breaks its contract: ${error.message}`, errors: [] };
  return { kind, reason: messageOf(error), errors: [] };
}
