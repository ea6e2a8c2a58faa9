import type { CleanText } from './normalised-article.schema';

/** An article's text as one string, its paragraphs a blank line apart: derived, so that events carry the text once. */
export function articleBody(text: Pick<CleanText, 'paragraphs'>): string {
  return text.paragraphs.join('\n\n');
}
