import { ArticleTextError } from './errors';
import { extractFromHtml } from './html/extract';
import { detectArticleLanguage } from './language/passages';
import { LIMITS } from './limits';
import { letterKey } from './morphology/words';
import { cleanDisplayText, cleanInline } from './normalise/clean-text';
import { cutAt } from './normalise/cut';
import { computeStats } from './normalise/segment';
import { splitPageText } from './page-text/split';
import { ArticleMetadata, ArticleSource, CleanArticle, ExtractionMethod } from './types';

interface Extracted extends ArticleMetadata {
  method: ExtractionMethod;
  paragraphs: string[];
  removed: Record<string, number>;
  confidence: number;
  flags: string[];
}

// NUL and other C0 controls (tab/newline/CR aside) and U+FFFD never occur in real article text in quantity.
// eslint-disable-next-line no-control-regex -- finding control characters is the purpose
const NON_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g;

/** Refuses what cannot be text; cuts what is too long to process in bounded time. */
function admit(raw: string, flags: string[]): string {
  if (raw.length > LIMITS.maxAcceptedChars) {
    throw new ArticleTextError('too-large', `input of ${raw.length} characters exceeds ${LIMITS.maxAcceptedChars}`);
  }
  const probe = raw.slice(0, 8192);
  const nonText = probe.match(NON_TEXT)?.length ?? 0;
  if (nonText / probe.length > 0.05) throw new ArticleTextError('binary', 'input looks like binary data, not text');
  if (nonText > 0 || raw.includes('\ufffd')) flags.push('replacement-characters');
  if (raw.length <= LIMITS.maxInputChars) return raw;
  flags.push('truncated-input');
  return cutAt(raw, LIMITS.maxInputChars);
}

function fromText(text: string, givenTitle: string | null): Extracted {
  const split = splitPageText(cleanDisplayText(text), givenTitle);
  return {
    method: split.structured ? 'page-text' : 'plain',
    title: split.title,
    byline: split.byline,
    publishedAt: null,
    modifiedAt: null,
    canonicalUrl: null,
    leadImage: null,
    paragraphs: split.paragraphs,
    removed: split.removed,
    confidence: split.confidence,
    flags: [],
  };
}

function fromHtml(html: string, url: string | undefined): Extracted {
  return { method: 'html', ...extractFromHtml(html, url) };
}

/**
 * One article from whatever arrived: HTML page (preferred when present), a text copied from a page, or a bare body.
 * Throws ArticleTextError only when no article can come out; everything doubtful is reported in `flags`.
 */
export function extractArticle(source: ArticleSource): CleanArticle {
  if (source === null || typeof source !== 'object')
    throw new ArticleTextError('invalid-input', 'source must be an object');
  const html = typeof source.html === 'string' && source.html.trim() !== '' ? source.html : null;
  const text = typeof source.text === 'string' && source.text.trim() !== '' ? source.text : null;
  if (html === null && text === null) throw new ArticleTextError('empty', 'neither html nor text has content');

  const flags: string[] = [];
  const givenTitle = typeof source.title === 'string' && source.title.trim() !== '' ? cleanInline(source.title) : null;
  const extracted =
    html !== null ? fromHtml(admit(html, flags), source.url) : fromText(admit(text as string, flags), givenTitle);
  flags.push(...extracted.flags);

  const titleKeys = [letterKey(givenTitle ?? ''), letterKey(extracted.title ?? '')];
  const paragraphs = extracted.paragraphs.filter((paragraph) => {
    const key = letterKey(paragraph);
    return key !== '' && !titleKeys.includes(key);
  });
  if (paragraphs.length === 0)
    throw new ArticleTextError('no-article-text', `no article paragraphs found in ${extracted.method} input`);

  const title = givenTitle ?? extracted.title;
  const { language, passages, unsupportedScript } = detectArticleLanguage(title, paragraphs, source.declaredLanguage);
  if (unsupportedScript) flags.push('unsupported-script');
  if (language.code === 'und') flags.push('language-uncertain');
  if (extracted.confidence < 0.5) flags.push('low-extraction-confidence');

  return {
    title,
    byline: extracted.byline,
    publishedAt: extracted.publishedAt,
    modifiedAt: extracted.modifiedAt,
    canonicalUrl: extracted.canonicalUrl ?? (source.url ? source.url : null),
    leadImage: extracted.leadImage,
    paragraphs,
    language,
    passages,
    stats: computeStats(paragraphs),
    extraction: { method: extracted.method, confidence: extracted.confidence, removed: extracted.removed },
    flags,
  };
}
