import type { CleanText } from '@newsflow/contracts';

import { documentSearchTerms } from './terms';

/**
 * The search forms of an article: its title in the article's language and each paragraph in its own passage's
 * language (the article's where the passage is undetermined). Made where the index is written, so events need not
 * carry them.
 */
export function articleSearchTerms(text: Pick<CleanText, 'title' | 'paragraphs' | 'language' | 'passages'>): {
  stems: string;
  translit: string;
} {
  const language = text.language.code;
  const passageLanguage = new Map(text.passages.map((passage) => [passage.paragraph, passage.language]));
  return documentSearchTerms([
    ...(text.title ? [{ text: text.title, language }] : []),
    ...text.paragraphs.map((paragraph, index) => {
      const own = passageLanguage.get(index);
      return { text: paragraph, language: own && own !== 'und' ? own : language };
    }),
  ]);
}
