export { extractArticle } from './lib/article';
export { decodeArticleBytes } from './lib/charset/decode';
export { ArticleTextError } from './lib/errors';
export type { ArticleTextErrorCode } from './lib/errors';
export { detectLanguage } from './lib/language/detect';
export { analyseSearchQuery } from './lib/search/terms';
export { transliterate } from './lib/search/translit';
export { toSearchForm } from './lib/normalise/search-form';
export type { ArticleSource, CleanArticle, LanguageGuess, Passage, ArticleStats, ExtractionMethod } from './lib/types';
