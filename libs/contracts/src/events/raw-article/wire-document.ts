/**
 * Newsroom wire formats accepted besides our own submission JSON, named by media type: over HTTP
 * in `Content-Type`, on the raw topic in the `content-type` header. `xml` is any XML document whose
 * root element says what it is (a NewsML-G2 item or a feed), as feed servers rarely name the type.
 */
export const WireMediaTypes = {
  'application/ninjs+json': 'ninjs',
  'application/vnd.iptc.ninjs+json': 'ninjs',
  'application/vnd.iptc.g2.newsitem+xml': 'newsml-g2',
  'application/vnd.iptc.g2.newsmessage+xml': 'newsml-g2',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/feed+json': 'feed',
  'application/xml': 'xml',
  'text/xml': 'xml',
} as const;

export type WireFormat = (typeof WireMediaTypes)[keyof typeof WireMediaTypes];

/** A document in a wire format, not yet read: the bytes as sent, with what the sender said about them. */
export interface WireDocument {
  kind: 'wire-document';
  format: WireFormat;
  mediaType: string;
  /** The charset parameter of the content type, when given; XML may also declare its own. */
  charset: string | null;
  bytes: Buffer;
  /** The newsroom source named beside the document (a header); the document may name its own. */
  source: string | null;
}

export interface MediaType {
  type: string;
  charset: string | null;
}

export function parseMediaType(contentType: string): MediaType {
  const [type, ...parameters] = contentType.split(';');
  const charset = parameters
    .map((parameter) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(parameter)?.[1])
    .find((value) => value !== undefined);
  return { type: type.trim().toLowerCase(), charset: charset ?? null };
}

export function wireFormatOf(contentType: string): WireFormat | null {
  const { type } = parseMediaType(contentType);
  return Object.hasOwn(WireMediaTypes, type) ? WireMediaTypes[type as keyof typeof WireMediaTypes] : null;
}

/** A document in a wire format as received; null when the content type names none. */
export function wireDocumentOf(contentType: string, bytes: Buffer, source: string | null): WireDocument | null {
  const format = wireFormatOf(contentType);
  if (!format) return null;
  const { type, charset } = parseMediaType(contentType);
  return { kind: 'wire-document', format, mediaType: type, charset, bytes, source: source?.trim() || null };
}

/** The Kafka header that names the newsroom source of a wire document on the raw topic, with or without CloudEvents. */
export const ARTICLE_SOURCE_HEADER = 'article_source';
