import type { TranslatedArticle } from '@newsflow/contracts';

/** One translation as kept in the article's search document (not indexed itself). */
export interface SearchTranslation {
  version: number;
  provider: string;
  pair: string;
  title: string | null;
  body: string;
  stems: string;
  translit: string;
  translated_at: string;
}

/** The fields a search document gets from its translations: each language kept, and all of them searchable. */
export interface TranslationFields {
  translations: Record<string, SearchTranslation>;
  translation_languages: string[];
  translated_title: string[];
  translated_body: string[];
  translated_stems: string;
  translated_translit: string;
}

export function withTranslation(
  existing: Record<string, SearchTranslation> | undefined,
  translation: TranslatedArticle,
): TranslationFields {
  const translations: Record<string, SearchTranslation> = {
    ...existing,
    [translation.targetLanguage]: {
      version: translation.version,
      provider: translation.provider,
      pair: translation.pair,
      title: translation.title,
      body: translation.paragraphs.join('\n\n'),
      stems: translation.search.stems,
      translit: translation.search.translit,
      translated_at: translation.translatedAt,
    },
  };
  const languages = Object.keys(translations).sort();
  const all = languages.map((language) => translations[language]);
  return {
    translations,
    translation_languages: languages,
    translated_title: all.flatMap((t) => (t.title === null ? [] : [t.title])),
    translated_body: all.map((t) => t.body),
    translated_stems: all.map((t) => t.stems).join(' '),
    translated_translit: all.map((t) => t.translit).join(' '),
  };
}
