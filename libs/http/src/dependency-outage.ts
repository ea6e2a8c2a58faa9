import { DependencyUnavailableError } from '@newsflow/contracts';

// Error names of the Elasticsearch and Kafka clients, and network and PostgreSQL codes, that mean "not reachable
// now" rather than "this request is wrong". Matched by shape so that this lib depends on none of the clients.
const OUTAGE_NAMES = new Set([
  'ConnectionError',
  'TimeoutError',
  'NoLivingConnectionsError',
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSNumberOfRetriesExceeded',
  'KafkaJSBrokerNotFound',
  'KafkaJSLockTimeout',
]);
const OUTAGE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'EPIPE',
  // PostgreSQL: shutting down, starting up, too many connections, connection failures, and a database that is not
  // accepting connections (55000 with ALLOW_CONNECTIONS false).
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '55000',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const OUTAGE_STATUSES = new Set([429, 502, 503, 504]);
const OUTAGE_MESSAGES = /connection terminated|timeout exceeded when trying to connect|connection refused/i;

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  retriable?: unknown;
  meta?: { statusCode?: unknown; body?: { error?: { type?: unknown } } };
  cause?: unknown;
  driverError?: unknown;
  originalError?: unknown;
  errors?: unknown;
}

function isOutage(error: ErrorShape): boolean {
  if (error instanceof DependencyUnavailableError) return true;
  if (typeof error.name === 'string' && OUTAGE_NAMES.has(error.name)) return true;
  if (typeof error.code === 'string' && OUTAGE_CODES.has(error.code)) return true;
  const status = error.meta?.statusCode;
  if (typeof status === 'number' && OUTAGE_STATUSES.has(status)) return true;
  // The search index does not exist until the indexer's first start: a matter of time, not of the request.
  if (error.meta?.body?.error?.type === 'index_not_found_exception') return true;
  return typeof error.message === 'string' && OUTAGE_MESSAGES.test(error.message);
}

/** True when the error (or one it wraps) says a dependency is down or overloaded, not that the request is wrong. */
export function isDependencyOutage(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== 'object' || depth > 5) return false;
  const shape = error as ErrorShape;
  if (isOutage(shape)) return true;
  const nested = [
    shape.cause,
    shape.driverError,
    shape.originalError,
    ...(Array.isArray(shape.errors) ? shape.errors : []),
  ];
  return nested.some((inner) => isDependencyOutage(inner, depth + 1));
}
