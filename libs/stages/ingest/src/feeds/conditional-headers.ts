/**
 * The validators a feed sent last time, asked back so an unchanged feed answers 304 with no body.
 * Both are sent when both are known (RFC 9110 lets the server prefer If-None-Match).
 */
export function conditionalHeaders(feed: { etag: string | null; lastModified: string | null }): Record<string, string> {
  return {
    ...(feed.etag ? { 'if-none-match': feed.etag } : {}),
    ...(feed.lastModified ? { 'if-modified-since': feed.lastModified } : {}),
  };
}
