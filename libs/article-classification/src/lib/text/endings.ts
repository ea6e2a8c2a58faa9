import { endingsOf } from '@newsflow/article-text';

/**
 * Case endings that may follow a lexicon stem: every language's at once, since each language's endings rarely turn
 * one known stem into another word, and a single set keeps matching language-agnostic.
 */
export const NOUN_ENDINGS: ReadonlySet<string> = new Set(['', ...endingsOf('noun')]);
export const ADJECTIVE_ENDINGS: ReadonlySet<string> = new Set(['', ...endingsOf('adjective')]);
/** Words of multi-word names (Європейськ-ого Союз-у, Narodow-ego Bank-u) may be nouns or adjectives. */
export const NAME_ENDINGS: ReadonlySet<string> = new Set([...NOUN_ENDINGS, ...ADJECTIVE_ENDINGS]);
/** Loose matching for topic terms, where a stem stands for a whole word family (вибор → виборчий, виборців). */
export const MAX_PREFIX_REST = 6;
