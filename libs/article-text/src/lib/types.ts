import type {
  ArticleMetadata,
  ArticleStats,
  CleanText,
  ExtractionMethod,
  LanguageGuess,
  Passage,
} from '@newsflow/contracts';

/** The output types are the normalised-article contract's own, so a field the contract lacks cannot be produced. */
export type { ArticleMetadata, ArticleStats, ExtractionMethod, LanguageGuess, Passage };
export type CleanArticle = CleanText;

export interface ArticleSource {
  title?: string;
  text?: string;
  html?: string;
  url?: string;
  declaredLanguage?: string;
}
