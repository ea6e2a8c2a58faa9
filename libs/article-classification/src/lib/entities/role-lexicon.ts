import { LexiconMatcher } from '../text/lexicon-matcher';
import { normaliseWord } from '../text/normalise';
import { Token } from '../text/tokenize';
import { ROLE_TERMS } from './data/roles';
import { GrammaticalCase } from './nominative';

export interface Role {
  canonical: string;
  /** Stem of the last word, to read the case from the ending that follows it. */
  lastStem: string;
  /** The last word in the nominative (голова, посол), which an ending alone cannot tell from the genitive. */
  lastNominative: string;
}

export function buildRoleMatcher(languages: string[]): LexiconMatcher<Role> {
  const matcher = new LexiconMatcher<Role>();
  for (const language of languages) {
    for (const entry of (ROLE_TERMS[language] ?? '').split('|')) {
      const [stems, canonical] = entry.split('=');
      // Leading words of a role are adjectives (официального представителя) and take any ending.
      const parts = stems.split('_');
      const words = parts.map((stem, i) => ({
        stem: normaliseWord(stem),
        inflection: i < parts.length - 1 ? ('prefix' as const) : ('noun' as const),
      }));
      const lastNominative = normaliseWord(canonical.split(/[\s-]/).pop() ?? canonical);
      matcher.add({
        words,
        value: { canonical, lastStem: words[words.length - 1].stem, lastNominative },
        capitalised: false,
      });
    }
  }
  return matcher;
}

const GENITIVE = new Set(['а', 'я', 'и', 'ы', 'і']);
const DATIVE = new Set(['у', 'ю', 'ові', 'еві']);
const INSTRUMENTAL = new Set(['ом', 'ем', 'єм', 'ою', 'ею']);

/** A name in apposition shares the case of its role word: президента Токаєва, речником Смадіяровим. */
export function caseOfRole(role: Role, token: Token): GrammaticalCase {
  const ending = token.norm.slice(role.lastStem.length);
  if (ending === '' || token.norm === role.lastNominative) return 'nom';
  if (GENITIVE.has(ending)) return 'gen';
  if (DATIVE.has(ending)) return 'dat';
  if (INSTRUMENTAL.has(ending)) return 'ins';
  return 'unknown';
}

/** Plural endings no singular role word has: письменників, депутатам, експертами, послах. */
const PLURAL = new Set(['ів', 'їв', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ов', 'ей', 'ми']);

/** Whether the role word stands in the plural, naming a group rather than the one person beside it. */
export const isPluralRole = (role: Role, token: Token) => PLURAL.has(token.norm.slice(role.lastStem.length));

/** Endings of nouns in -ія/-ия, which turn a role's stem into its field or office: фотографії, философии, патріархія. */
const FIELD_ENDING = /^(і(я|ї|ю|єю|ям|ях|ями)|и(я|и|ю|ей|ям|ях|ями))$/;

/** Whether the role word is the field or office itself (фотографії Антона are photographs, not a photographer's name). */
export const namesTheField = (role: Role, token: Token) => FIELD_ENDING.test(token.norm.slice(role.lastStem.length));
