import { ADJECTIVE_ENDINGS, MAX_PREFIX_REST, NAME_ENDINGS, NOUN_ENDINGS } from './endings';
import { normaliseWord } from './normalise';
import { INDEX_PREFIX, Token } from './tokenize';

/**
 * noun/adj: stem + a known case ending; name: either kind of ending; prefix: stem + up to a few letters of anything; exact: the word itself.
 * cased: the surface must match the pattern letter for letter (abbreviations such as РФ, US, EU).
 */
export type Inflection = 'noun' | 'adj' | 'name' | 'prefix' | 'exact' | 'cased';

export interface PatternWord {
  stem: string;
  inflection: Inflection;
}

export interface LexiconEntry<T> {
  words: PatternWord[];
  value: T;
  /** Only capitalised tokens match: proper names, never the common words they resemble. */
  capitalised: boolean;
}

export interface LexiconMatch<T> {
  value: T;
  first: number;
  last: number;
  surface: string;
}

function wordMatches(word: PatternWord, token: Token): boolean {
  if (word.inflection === 'cased') return token.text === word.stem;
  if (!token.norm.startsWith(word.stem)) return false;
  const rest = token.norm.slice(word.stem.length);
  switch (word.inflection) {
    case 'exact':
      return rest === '';
    case 'noun':
      return NOUN_ENDINGS.has(rest);
    case 'adj':
      return ADJECTIVE_ENDINGS.has(rest);
    case 'name':
      return NAME_ENDINGS.has(rest);
    case 'prefix':
      return rest.length <= MAX_PREFIX_REST;
  }
}

function indexKey(word: PatternWord): string {
  const stem = word.inflection === 'cased' ? normaliseWord(word.stem) : word.stem;
  return stem.slice(0, INDEX_PREFIX);
}

/** Phrase lookup over tokens, indexed by the first letters of the first word so each token tries few entries. */
export class LexiconMatcher<T> {
  private readonly index = new Map<string, LexiconEntry<T>[]>();

  add(entry: LexiconEntry<T>): void {
    if (entry.words.length === 0 || entry.words[0].stem.length === 0) return;
    const key = indexKey(entry.words[0]);
    const bucket = this.index.get(key);
    if (bucket) bucket.push(entry);
    else this.index.set(key, [entry]);
  }

  /** Longest match wins at each position; matches never overlap. */
  matchAll(tokens: Token[]): LexiconMatch<T>[] {
    const matches: LexiconMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const best = this.longestAt(tokens, i);
      if (best) {
        matches.push(best);
        i = best.last + 1;
      } else {
        i += 1;
      }
    }
    return matches;
  }

  private longestAt(tokens: Token[], start: number): LexiconMatch<T> | null {
    const bucket = this.index.get(tokens[start].prefix);
    if (!bucket) return null;
    let best: LexiconMatch<T> | null = null;
    for (const entry of bucket) {
      const length = entry.words.length;
      if (best && length <= best.last - best.first + 1) continue;
      if (start + length > tokens.length) continue;
      if (entry.capitalised && !tokens[start].capitalised) continue;
      let ok = true;
      for (let k = 0; k < length && ok; k += 1) ok = wordMatches(entry.words[k], tokens[start + k]);
      if (ok)
        best = {
          value: entry.value,
          first: start,
          last: start + length - 1,
          surface: surfaceOf(tokens, start, start + length - 1),
        };
    }
    return best;
  }
}

export function surfaceOf(tokens: Token[], first: number, last: number): string {
  let out = tokens[first].text;
  for (let k = first + 1; k <= last; k += 1) out += (tokens[k].hyphenBefore ? '-' : ' ') + tokens[k].text;
  return out;
}
