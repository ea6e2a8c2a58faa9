export { extractArticle } from './lib/article';
export { decodeArticleBytes } from './lib/charset/decode';
export type { ArticleTextErrorCode } from './lib/errors';
export { ArticleTextError } from './lib/errors';
export { detectLanguage } from './lib/language/detect';
export { toSearchForm } from './lib/normalise/search-form';
export { analyseSearchQuery } from './lib/search/terms';
export { transliterate } from './lib/search/translit';
export type { ArticleSource, ArticleStats, CleanArticle, ExtractionMethod, LanguageGuess, Passage } from './lib/types';
