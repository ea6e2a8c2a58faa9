import { decodeHTML } from 'entities';

// Spaces that render like a blank but defeat naive splitting: NBSP, narrow NBSP, figure/ideographic spaces, etc.
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
// Invisible characters pasted from CMSes: zero-width space/joiners, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// C0/C1 controls other than newline carry no text; U+2028/2029 are line/paragraph separators.
// eslint-disable-next-line no-control-regex -- finding control characters is the purpose
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/**
 * Display form: NFC, entities decoded, invisible characters removed, whitespace collapsed per line.
 * Apostrophes, quotes and dashes are kept as the author wrote them; only search forms are canonicalised.
 */
export function cleanDisplayText(raw: string): string {
  let text = ENTITY.test(raw) ? decodeHTML(raw) : raw;
  text = text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(ODD_SPACES, ' ');
  const lines = text.split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim());
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .normalize('NFC');
}

/** One line of display text (titles, bylines): any line break becomes a space. */
export function cleanInline(raw: string): string {
  return cleanDisplayText(raw).replace(/\s*\n+\s*/g, ' ');
}
