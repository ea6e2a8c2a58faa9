export interface ArticleSource {
  title?: string;
  text?: string;
  html?: string;
  url?: string;
  declaredLanguage?: string;
}

export interface LanguageGuess {
  code: string;
  confidence: number;
}

export interface Passage {
  paragraph: number;
  language: string;
  confidence: number;
}

export interface ArticleStats {
  characters: number;
  words: number;
  sentences: number;
  readingTimeMinutes: number;
}

export type ExtractionMethod = 'html' | 'page-text' | 'plain';

/** What a page says about itself, beside its text. */
export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  canonicalUrl: string | null;
  leadImage: string | null;
}

export interface CleanArticle extends ArticleMetadata {
  paragraphs: string[];
  body: string;
  language: LanguageGuess;
  passages: Passage[];
  stats: ArticleStats;
  search: { stems: string; translit: string };
  extraction: { method: ExtractionMethod; confidence: number; removed: Record<string, number> };
  flags: string[];
}
