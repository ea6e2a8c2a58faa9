import { articleBody } from '@newsflow/contracts';

import { ArticleToClassify } from './types';

/**
 * The body as the normalised-article event derives it when the caller split it into paragraphs, else as given; the
 * title is kept apart for the fingerprint.
 */
function bodyText(article: ArticleToClassify): string {
  const paragraphs = (article.paragraphs ?? []).filter((p) => typeof p === 'string' && p.trim().length > 0);
  return paragraphs.length > 0 ? articleBody({ paragraphs }) : String(article.body ?? '');
}

/** Title first, on one line, so that it is paragraph 0 of the token stream. */
export function fullText(article: ArticleToClassify): { text: string; titleParagraphs: number } {
  const title = String(article.title ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const body = bodyText(article);
  return title ? { text: `${title}\n\n${body}`, titleParagraphs: 1 } : { text: body, titleParagraphs: 0 };
}
