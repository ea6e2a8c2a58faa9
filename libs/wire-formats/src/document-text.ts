import { decodeArticleBytes } from '@newsflow/article-text';

import { refused } from './wire-document-error';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** JSON travels in UTF-8 only (RFC 8259); a BOM is tolerated. */
export function jsonText(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw refused('document is not valid UTF-8, as JSON must be');
  }
}

/** The `encoding` of the XML declaration, read from the ASCII-compatible first bytes. */
export function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
}

/**
 * XML bytes to text: the charset of the content type wins over the XML declaration (RFC 7303),
 * as feeds in windows-1251 or KOI8-R are often served with one of the two only. The bytes are
 * checked against the declaration, so a wrong one does not garble the articles silently.
 */
export function xmlText(bytes: Uint8Array, headerCharset: string | null): string {
  try {
    return decodeArticleBytes(bytes, headerCharset ?? declaredXmlEncoding(bytes)).text;
  } catch (error) {
    throw refused(`document is not text: ${(error as Error).message}`);
  }
}
