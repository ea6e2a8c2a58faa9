import type { Article } from './api';

const PREFIX = 'translation:';

export interface ArticleText {
  /** null for the original, else the translation's language. */
  language: string | null;
  headline: string | undefined;
  paragraphs: string[];
}

const paragraphsOf = (body: { value: string } | undefined) => body?.value.split(/\n{2,}/) ?? [];

/** The article's original text and each machine translation its ninjs carries, original first. */
export function articleTexts(article: Article): ArticleText[] {
  const isTranslation = (role?: string) => role?.startsWith(PREFIX) === true;
  const original: ArticleText = {
    language: null,
    headline: article.headlines.find((h) => !isTranslation(h.role))?.value,
    paragraphs: paragraphsOf(article.bodies.find((b) => !isTranslation(b.role))),
  };
  const translations = article.bodies
    .filter((body) => isTranslation(body.role))
    .map((body) => {
      const role = body.role as string;
      return {
        language: role.slice(PREFIX.length),
        headline: article.headlines.find((h) => h.role === role)?.value,
        paragraphs: paragraphsOf(body),
      };
    });
  return [original, ...translations];
}
