import { lowerCase } from '@newsflow/article-text';

import { NOT_NAME_WORDS } from '../entities/data/roles';
import { surfaceOf } from '../text/lexicon-matcher';
import { INDEX_PREFIX, Token } from '../text/tokenize';
import { REGION_WORDS } from './data/cities';
import { Gazetteer, GazetteerPlace, wordKeys } from './gazetteer';
import { EXACT_MARK, GAZETTEER_RULES } from './gazetteer-key';

export interface TownHit {
  first: number;
  last: number;
  surface: string;
  place: GazetteerPlace;
  /** Followed by a region word: the town names its region (Новосибирская область, Lviv Oblast). */
  region: boolean;
}

const MAX_WORDS = 4;
/** Krai is a Russian first-level region; the shared region words leave it out because край also means edge. */
const TOWN_REGION_WORDS = [...REGION_WORDS, 'край', 'краю', 'крає', 'крае', 'krai', 'kraj'];
/** A region adjective is a town stem plus a suffix (Львів-ськ-а, Краснодар-ск-ий, Одес-ьк-а → Одеса). */
const REGION_SUFFIXES = ['ськ', 'цьк', 'зьк', 'ск', 'цк', 'зк', 'ьк', 'к'];
const ADJECTIVE_ENDING = /(?:ого|ому|ой|ая|ую|ий|ый|ої|ою|ій|ом|ім|им|ым|ей|а|у|і|ы|и|е)$/;

/**
 * Towns of the gazetteer named in the text, outside spans the place lexicon already claimed. A town counts only as a
 * capitalised proper noun mid-sentence, standing alone (not in a run of capitalised words, as in Victoria Beckham or
 * Essen Motor Show), and only if the article never writes the word in lower case (суми коштів, the reading of).
 * A form several countries share counts only where exactly one of them is already evidenced.
 */
export function findTowns(tokens: Token[], claimed: Set<number>, evidenced: Set<string>, g: Gazetteer): TownHit[] {
  // Built only once a town is found: most articles name none outside the lexicon.
  let notTowns: Map<string, string[]> | undefined;
  const hits: TownHit[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (claimed.has(i) || !token.capitalised || token.sentenceStart || hasInnerCapital(token)) continue;
    const region = regionAdjective(tokens, i, g);
    if (region) {
      hits.push({ first: i, last: i, surface: token.text, place: region, region: true });
      continue;
    }
    const match = longestTown(tokens, i, claimed, g, evidenced);
    if (!match) continue;
    const regional = regionWordAt(tokens, match.last + 1);
    const single = match.last === i;
    if (
      !regional &&
      (inNameRun(tokens, i, match.last) || (single && sharesStem((notTowns ??= wordsNotTowns(tokens)), match.key)))
    )
      continue;
    if (single && SURNAME_SHAPE.test(token.norm) && match.place.population < SURNAME_TOWN_POPULATION) continue;
    // Capitalised words that head names of bodies and things (Совета Федерации, Empire) are not towns on their own.
    if (single && NOT_NAME_WORDS.has(token.norm)) continue;
    hits.push({
      first: i,
      last: match.last,
      surface: surfaceOf(tokens, i, match.last),
      place: match.place,
      region: regional,
    });
    i = match.last;
  }
  return hits;
}

export function namesItsCountry(place: GazetteerPlace): boolean {
  return place.population >= GAZETTEER_RULES.namesCountryPopulation;
}

/** How much one mention of the town says about its country: a city names it, a small town only supports it. */
export function townWeight(place: GazetteerPlace, cityWeight: number, townWeight: number): number {
  return namesItsCountry(place) ? cityWeight : townWeight;
}

function longestTown(
  tokens: Token[],
  start: number,
  claimed: Set<number>,
  g: Gazetteer,
  evidenced: Set<string>,
): { last: number; place: GazetteerPlace; key: string } | null {
  let best: { last: number; place: GazetteerPlace; key: string } | null = null;
  let partial = [''];
  for (let j = start; j < tokens.length && j < start + MAX_WORDS; j += 1) {
    if (j > start && (claimed.has(j) || tokens[j].sentenceStart || !(tokens[j].spaceBefore || tokens[j].hyphenBefore)))
      break;
    const next: string[] = [];
    for (const head of partial) {
      for (const word of wordKeys(tokens[j].norm)) {
        const key = head ? `${head} ${word}` : word;
        const place = resolve(key, g, evidenced);
        if (place && tokens[j].capitalised) best = { last: j, place, key };
        if (g.prefixes.has(key)) next.push(key);
      }
    }
    if (next.length === 0) break;
    partial = next;
  }
  return best;
}

function resolve(key: string, g: Gazetteer, evidenced: Set<string>): GazetteerPlace | null {
  const own = g.forms.get(key);
  if (own !== undefined) return g.places[own];
  const shared = g.contested.get(key)?.filter((index) => evidenced.has(g.places[index].country));
  return shared?.length === 1 ? g.places[shared[0]] : null;
}

function regionAdjective(tokens: Token[], i: number, g: Gazetteer): GazetteerPlace | null {
  if (!regionWordAt(tokens, i + 1)) return null;
  const adjective = tokens[i].norm.replace(ADJECTIVE_ENDING, '');
  if (adjective === tokens[i].norm) return null;
  const towns = REGION_SUFFIXES.filter((s) => adjective.endsWith(s)).map((s) => adjective.slice(0, -s.length));
  for (const key of [adjective, ...towns, ...towns.map((t) => t.replace(/ь$/, ''))]) {
    const index = key.length >= 3 ? g.forms.get(key) : undefined;
    if (index !== undefined) return g.places[index];
  }
  return null;
}

function regionWordAt(tokens: Token[], k: number): boolean {
  return k < tokens.length && TOWN_REGION_WORDS.some((w) => tokens[k].norm.startsWith(w));
}

/**
 * Slavic surnames and towns named after people share their forms (Чехов, Иваново, Шевченко for Aktau); such a word
 * counts as a town only for a city too big to be mistaken (Саратов).
 */
const SURNAME_SHAPE = /(?:енко|енка|енку|ов|ова|ову|ев|ева|ін|іна|ин|ина|их|ых)$/;
const SURNAME_TOWN_POPULATION = 500_000;

/** A town's name is never written in lower case, never follows an article (das Essen, the Reading), never pairs with another name. */
const ARTICLES = new Set([
  'the',
  'a',
  'an',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'le',
  'la',
  'les',
  'un',
  'une',
]);

/** Words the article uses as common nouns or as parts of names, by their first letters. */
function wordsNotTowns(tokens: Token[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  tokens.forEach((t, k) => {
    const previous = tokens[k - 1];
    const common = !t.capitalised || (previous !== undefined && ARTICLES.has(previous.norm) && t.spaceBefore);
    if (!common && !(t.capitalised && !t.sentenceStart && inNameRun(tokens, k, k) && !regionWordAt(tokens, k + 1)))
      return;
    const bucket = out.get(t.prefix);
    if (bucket) bucket.push(t.norm);
    else out.set(t.prefix, [t.norm]);
  });
  return out;
}

function sharesStem(words: Map<string, string[]>, key: string): boolean {
  const stem = key.startsWith(EXACT_MARK) ? key.slice(EXACT_MARK.length) : key;
  return (words.get(stem.slice(0, INDEX_PREFIX)) ?? []).some((norm) => wordKeys(norm).includes(key));
}

/** Abbreviations (IPO, ПрАТ) are not towns, whatever a gazetteer's alternate names say. */
function hasInnerCapital(token: Token): boolean {
  const rest = token.text.slice(1);
  return rest !== lowerCase(rest);
}

/** A town after one of these and a capitalised word belongs to that name (Festival de Cannes, University of Leeds). */
const NAME_CONNECTORS = new Set(['of', 'de', 'du', 'des', 'von', 'der']);

/** A sentence may open with a first name (Антон Чехов) but rarely with a preposition longer than this (Під, Над). */
const MAX_OPENING_PREPOSITION = 3;

/** Next to another capitalised word or after an initial (І. Павлова): part of a person's or an organisation's name. */
function inNameRun(tokens: Token[], first: number, last: number): boolean {
  const joined = (a: Token, b: Token) => b.spaceBefore && a.paragraph === b.paragraph && !b.sentenceStart;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const initial = before !== undefined && before.text.length === 1 && before.capitalised && tokens[first].sentenceStart;
  const opensWithName =
    before !== undefined &&
    before.sentenceStart &&
    before.norm.length > MAX_OPENING_PREPOSITION &&
    tokens[first].spaceBefore;
  const connector = tokens[first - 2];
  const ofName = before !== undefined && NAME_CONNECTORS.has(before.norm) && connector?.capitalised === true;
  if (initial || ofName) return true;
  const runsBefore =
    before !== undefined &&
    before.capitalised &&
    (!before.sentenceStart || opensWithName) &&
    joined(before, tokens[first]);
  const compound = after !== undefined && after.hyphenBefore && after.capitalised;
  const runsAfter = after !== undefined && after.capitalised && (joined(tokens[last], after) || compound);
  return runsBefore || runsAfter;
}
