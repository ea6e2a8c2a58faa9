import { Token } from '../text/tokenize';
import { NameRun } from './name-runs';

/** A man's surname shaped like an adjective, in any singular case: Житецький, Словацького, Кілінському, Коцьким. */
const MASCULINE_SURNAME: Record<string, RegExp> = {
  uk: /\p{L}{3}(?:ськ|цьк|зьк)(?:ий|ого|ому|им)$/u,
  ru: /\p{L}{3}(?:ск|цк)(?:ий|ого|ому|им)$/u,
};
/** Words that join names in a list: Воднецький та Ріхтер, Кілінському і Словацькому. */
const CONJUNCTIONS = new Set(['і', 'й', 'та', 'чи', 'або', 'и', 'или']);
const PUNCTUATION = /[,.;:!?)—–]/;

/**
 * A lone capitalised -ський word mid-sentence is a surname when nothing follows it in its phrase: a comma, a full
 * stop or "і" next (Костомаров, Гулак, Житецький, …). Ukrainian writes place adjectives in lower case, and a capitalised
 * one heads a body's name, so a lower-case noun follows it (Печерський районний суд, Київського університету).
 */
export function isAdjectiveSurname(run: NameRun, tokens: Token[], text: string, language: string): boolean {
  const pattern = MASCULINE_SURNAME[language];
  if (!pattern || run.parts.length !== 1 || !pattern.test(run.parts[0].toLowerCase())) return false;
  // Qualifiers in a list share the head after the last one: Кременчуцькому, Дрогобицькому і Надвірнянському НПЗ.
  let k = run.last;
  for (;;) {
    const next = tokens[k + 1];
    if (!next) return true;
    const apart = PUNCTUATION.test(text.slice(tokens[k].end, next.start));
    if (!apart && !CONJUNCTIONS.has(next.norm)) return k !== run.last && next.capitalised && !next.upper;
    const following = CONJUNCTIONS.has(next.norm) ? tokens[k + 2] : next;
    if (
      !following?.capitalised ||
      !pattern.test(following.norm) ||
      /[.;:!?]/.test(text.slice(tokens[k].end, next.start))
    )
      return true;
    k = following.index;
  }
}
