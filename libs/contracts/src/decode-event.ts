import { type CloudEventHeaders, CloudEventHeadersSchema } from './envelope/cloud-event-headers';
import type { EventContract, PayloadOf } from './event-contract';
import { ARTICLE_SOURCE_HEADER, wireDocumentOf } from './events/raw-article/wire-document';
import { type FieldError, fieldErrors } from './field-errors';

type HeaderValue = string | Buffer;

export interface ConsumedMessage {
  value: Buffer | null;
  headers: Record<string, HeaderValue | HeaderValue[] | undefined>;
}

export type DecodedEvent<C extends EventContract> =
  | { ok: true; payload: PayloadOf<C>; envelope: CloudEventHeaders | null }
  | { ok: false; reason: string; errors: FieldError[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function headerText(headers: ConsumedMessage['headers']): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    // Kafka allows a header to repeat; the last one wins, as in most HTTP-style header handling.
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    if (last !== undefined) text[name] = Buffer.isBuffer(last) ? last.toString('utf8') : String(last);
  }
  return text;
}

function rejected(reason: string, errors: FieldError[] = []): { ok: false; reason: string; errors: FieldError[] } {
  return { ok: false, reason, errors };
}

function decodeEnvelope(contract: EventContract, headers: Record<string, string>) {
  const carriesEnvelope = Object.keys(headers).some((name) => name.startsWith('ce_'));
  if (!carriesEnvelope && contract.envelope === 'optional') return { ok: true as const, envelope: null };
  const parsed = CloudEventHeadersSchema.safeParse(headers);
  if (!parsed.success) {
    return { ok: false as const, failure: rejected('invalid CloudEvents headers', fieldErrors(parsed.error)) };
  }
  if (parsed.data.ce_type !== contract.type) {
    return {
      ok: false as const,
      failure: rejected(`unexpected event type "${parsed.data.ce_type}" on ${contract.topic}`, [
        { path: 'ce_type', message: `expected ${contract.type}` },
      ]),
    };
  }
  return { ok: true as const, envelope: parsed.data };
}

/**
 * Every consumed message passes through here before any stage sees it: bytes, JSON, envelope and
 * payload are each checked, and the first failure becomes the dead-letter reason.
 */
export function decodeEvent<C extends EventContract>(contract: C, message: ConsumedMessage): DecodedEvent<C> {
  if (!message.value || message.value.length === 0) return rejected('empty message value');

  const headers = headerText(message.headers);
  const wireDocument = wireDocumentOf(
    headers['content-type'] ?? '',
    message.value,
    headers[ARTICLE_SOURCE_HEADER] ?? null,
  );
  if (wireDocument) {
    if (contract.documents !== 'accepted') {
      return rejected(`content-type ${headers['content-type']} is not accepted on ${contract.topic}`, [
        { path: 'content-type', message: 'expected application/json' },
      ]);
    }
    const envelope = decodeEnvelope(contract, headers);
    if (!envelope.ok) return envelope.failure;
    return { ok: true, payload: wireDocument as PayloadOf<C>, envelope: envelope.envelope };
  }

  let json: string;
  try {
    json = utf8.decode(message.value);
  } catch {
    return rejected('message value is not valid UTF-8');
  }

  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    return rejected(`message value is not JSON: ${(error as Error).message}`);
  }

  const envelope = decodeEnvelope(contract, headers);
  if (!envelope.ok) return envelope.failure;

  const payload = contract.schema.safeParse(document);
  if (!payload.success) return rejected(`payload does not match ${contract.topic}`, fieldErrors(payload.error));

  return { ok: true, payload: payload.data as PayloadOf<C>, envelope: envelope.envelope };
}
