import { type WireDocument, wireDocumentOf } from '@newsflow/contracts';

/** A wire document as ingest or the raw topic hands it over, from a content type and a body. */
export function wireDocument(
  contentType: string,
  body: string | Buffer | object,
  source: string | null = null,
): WireDocument {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const document = wireDocumentOf(contentType, bytes, source);
  if (!document) throw new Error(`${contentType} is no wire format`);
  return document;
}
