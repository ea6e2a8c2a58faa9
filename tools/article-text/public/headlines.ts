import { parseHTML } from 'linkedom';

/**
 * Gold headline of a public page, by a rule independent of our extractor: the page's og:title equals the text of one of
 * its <h1> elements after whitespace normalisation (NFC, runs of whitespace to one space, trimmed). Two places the
 * publisher wrote the headline agreeing is strong evidence it is the headline; pages where they disagree are left out.
 */
export const normaliseHeadline = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

export function goldHeadline(html: string): string | null {
  const { document } = parseHTML(html);
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content');
  if (!og) return null;
  const headline = normaliseHeadline(og);
  if (headline.length < 3) return null;
  const h1s = [...document.querySelectorAll('h1')].map((h1) => normaliseHeadline(h1.textContent ?? ''));
  return h1s.includes(headline) ? headline : null;
}
