import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import { wireFormatOf, WireMediaTypes } from '../events/raw-article/wire-document';

/**
 * CloudEvents 1.0 in Kafka binary mode: the attributes travel as `ce_*` headers and the payload is
 * the plain JSON value, so consumers that know nothing of CloudEvents still read the article.
 */
/**
 * Only the attributes the CloudEvents Kafka binding requires are required. A `content-type` may
 * carry parameters (`application/json; charset=utf-8`); JSON must be UTF-8. The wire formats are
 * allowed here and accepted only on the topic whose contract takes documents.
 * Other headers pass unchecked: the W3C `traceparent`/`tracestate` that newsflow's stages carry,
 * and a sender's CloudEvents distributed-tracing extension (`ce_traceparent`, `ce_tracestate`).
 */
const JsonContentType = z
  .string()
  .refine(
    (value) => /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i.test(value) || wireFormatOf(value) !== null,
    `must be application/json, optionally with charset=utf-8, or a wire format: ${Object.keys(WireMediaTypes).join(', ')}`,
  );

export const CloudEventHeadersSchema = z.object({
  ce_specversion: z.literal('1.0'),
  ce_id: z.string().min(1),
  ce_type: z.string().min(1),
  ce_source: z.string().min(1),
  ce_time: z.iso.datetime({ offset: true }).optional(),
  ce_subject: z.string().optional(),
  'content-type': JsonContentType.optional(),
  correlation_id: z.string().min(1).optional(),
  /** CloudEvents extension: the id of the API key that submitted the article over HTTP. */
  ce_submittedby: z.string().min(1).max(64).optional(),
});

export type CloudEventHeaders = z.infer<typeof CloudEventHeadersSchema>;

export interface EventOrigin {
  type: string;
  source: string;
  subject?: string;
  correlationId?: string;
  time?: Date;
  submittedBy?: string;
}

export function cloudEventHeaders(origin: EventOrigin): CloudEventHeaders {
  const id = randomUUID();
  return {
    ce_specversion: '1.0',
    ce_id: id,
    ce_type: origin.type,
    ce_source: origin.source,
    ce_time: (origin.time ?? new Date()).toISOString(),
    ...(origin.subject ? { ce_subject: origin.subject } : {}),
    'content-type': 'application/json',
    correlation_id: origin.correlationId ?? id,
    ...(origin.submittedBy ? { ce_submittedby: origin.submittedBy } : {}),
  };
}
