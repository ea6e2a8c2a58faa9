import { PatternWord } from '../text/lexicon-matcher';

/**
 * When a town in the gazetteer names its country. A form is kept only for the largest place that bears it, and only
 * if that place outnumbers every same-named place in another country `dominance` times over (Paris, not Paris TX;
 * Odessa TX keeps Одеса out of the gazetteer, the hand list has it). A town of `minPopulation` is listed; on its own
 * it is weak evidence, and only a town of `namesCountryPopulation` names its country in a single mention.
 */
export const GAZETTEER_RULES = { minPopulation: 15_000, dominance: 10, namesCountryPopulation: 1_000_000 } as const;

/** Words that must appear letter for letter are marked '=', the rest are stems that take case endings. */
export const EXACT_MARK = '=';

export function gazetteerKey(words: PatternWord[]): string {
  return words.map((w) => (w.inflection === 'exact' ? EXACT_MARK + w.stem : w.stem)).join(' ');
}
