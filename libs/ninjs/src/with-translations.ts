import type { NinjsArticle } from './render-ninjs';

export interface ArticleTranslation {
  targetLanguage: string;
  sourceLanguage: string;
  version: number;
  provider: string;
  pair: string;
  title: string | null;
  paragraphs: string[];
  translatedAt: string;
}

/** The role of a machine translation among ninjs headlines and bodies: `translation:<language>`. */
export const translationRole = (language: string) => `translation:${language}`;

/**
 * ninjs 2.1 headline and body objects allow only role, contenttype and value, so a translation is
 * an extra headline and body whose role names its language (`translation:ru`); which engine made
 * it, from which pair and article version, and when, travel in `newsflow.translations`.
 */
export function withTranslations(
  article: NinjsArticle,
  translations: ArticleTranslation[],
): NinjsArticle & { newsflow: { translations: Omit<ArticleTranslation, 'title' | 'paragraphs'>[] } } {
  return {
    ...article,
    headlines: [
      ...(article.headlines ?? []),
      ...translations.flatMap((t) =>
        t.title === null
          ? []
          : [{ role: translationRole(t.targetLanguage), contenttype: 'text/plain', value: t.title }],
      ),
    ],
    bodies: [
      ...(article.bodies ?? []),
      ...translations.map((t) => ({
        role: translationRole(t.targetLanguage),
        contenttype: 'text/plain',
        value: t.paragraphs.join('\n\n'),
      })),
    ],
    newsflow: {
      ...article.newsflow,
      translations: translations.map(({ title: _title, paragraphs: _paragraphs, ...about }) => about),
    },
  };
}
