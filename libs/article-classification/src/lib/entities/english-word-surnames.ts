import { surfaceOf } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { ENGLISH_GIVEN_NAMES } from './data/english-words';
import { NameRun } from './name-runs';

/**
 * Surnames that are also words which never start or continue a name elsewhere (a month, a compass point, a
 * nationality): after a given name they are the person's surname (Adele West, Harriet May), not a place or a date.
 */
const WORD_SURNAMES = new Set(['may', 'west', 'north', 'english', 'best', 'royal', 'church']);

/** Adds the runs of a given name and such a surname, which name runs leave out, in text order. */
export function withWordSurnames(
  runs: NameRun[],
  tokens: Token[],
  blocked: ReadonlySet<number>,
  language: string,
): NameRun[] {
  if (language !== 'en') return runs;
  const added: NameRun[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const [given, surname, after] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (
      given.capitalised &&
      !given.upper &&
      !blocked.has(i) &&
      ENGLISH_GIVEN_NAMES.has(given.norm) &&
      surname.capitalised &&
      surname.spaceBefore &&
      WORD_SURNAMES.has(surname.norm) &&
      !(after?.spaceBefore && after.capitalised) &&
      !runs.some((r) => r.first <= i + 1 && r.last >= i)
    )
      added.push({ first: i, last: i + 1, parts: [given.text, surname.text], surface: surfaceOf(tokens, i, i + 1) });
  }
  return added.length === 0 ? runs : [...runs, ...added].sort((a, b) => a.first - b.first);
}
