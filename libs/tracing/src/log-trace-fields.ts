import { context, isSpanContextValid, trace } from '@opentelemetry/api';

import { articlesOfBatch } from './article-traces';

export interface LogTraceFields {
  trace_id?: string;
  span_id?: string;
}

/**
 * The trace a log line belongs to: the article's it names by `id` when a batch of articles is
 * being handled, else the active span's (the HTTP request, the single article of a batch).
 */
export function logTraceFields(line: object): LogTraceFields {
  const id = (line as { id?: unknown }).id;
  const named = typeof id === 'string' ? articlesOfBatch().find((article) => article.id === id) : undefined;
  const span = trace.getSpan(named?.context ?? context.active());
  const spanContext = span?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext)) return {};
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}
