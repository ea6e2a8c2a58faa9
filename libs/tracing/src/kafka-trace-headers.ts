import { type Context, context, propagation, ROOT_CONTEXT } from '@opentelemetry/api';

/**
 * W3C trace context (`traceparent`, `tracestate`) in Kafka headers, as plain headers beside the
 * CloudEvents `ce_*` ones: the names the W3C propagator and most Kafka tooling use.
 */
export function traceHeaders(from: Context = context.active()): Record<string, string> {
  const headers: Record<string, string> = {};
  propagation.inject(from, headers);
  return headers;
}

/** The sender's context; a message without trace headers starts a trace of its own. */
export function contextFromHeaders(headers: Record<string, string>): Context {
  return propagation.extract(ROOT_CONTEXT, headers);
}
