import { parseMediaType, type WireDocument } from '@newsflow/contracts';

/**
 * A polled feed's body as a feed document. Feed servers often label feeds `text/html` or
 * `application/octet-stream`, so the kind is told by the body: JSON Feed starts with `{`,
 * anything else is read as XML. The charset of the header is kept: it wins over the XML declaration.
 */
export function polledFeedDocument(body: Buffer, contentType: string | null, source: string): WireDocument {
  const { charset } = parseMediaType(contentType ?? '');
  const json = body
    .subarray(0, 64)
    .toString('latin1')
    .replace(/^\xEF\xBB\xBF/, '')
    .trimStart()
    .startsWith('{');
  return {
    kind: 'wire-document',
    format: 'feed',
    mediaType: json ? 'application/feed+json' : 'application/rss+xml',
    charset: json ? null : charset,
    bytes: body,
    source,
  };
}
