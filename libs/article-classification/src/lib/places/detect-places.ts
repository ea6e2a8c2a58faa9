import { isCyrillic } from '@newsflow/article-text';
import en from 'i18n-iso-countries/langs/en.json';

import { combine } from '../text/confidence';
import { LexiconMatch } from '../text/lexicon-matcher';
import { Token, tokenize } from '../text/tokenize';
import { PlaceKind, PlaceMention } from '../types';
import { isLanguageOrNamePart } from './country-word-use';
import { CITIES, REGION_WORDS } from './data/cities';
import { AMBIGUOUS_COUNTRY_WORDS } from './data/country-forms';
import { findTowns, namesItsCountry, TownHit, townWeight } from './find-towns';
import { loadGazetteer, wordKeys } from './gazetteer';
import { buildPlaceMatcher, PlaceEvidence, PlaceValue } from './place-lexicon';

const WEIGHT: Record<PlaceEvidence, number> = {
  name: 0.6,
  abbr: 0.6,
  demonym: 0.45,
  adj: 0.4,
  city: 0.35,
  region: 0.35,
};
const PLACE_WEIGHT = 0.6;
/** A small town alone stays below the cut-off: it takes a second mention or other evidence to name its country. */
const TOWN_WEIGHT = 0.2;
const MIN_CONFIDENCE = 0.3;
const REGION_WORD_WINDOW = 3;
const MAX_EVIDENCE = 5;

const matcher = buildPlaceMatcher();
const gazetteer = loadGazetteer();

/** One piece of place evidence at a token span; a city yields one for itself and one for its country. */
export interface PlaceHit {
  first: number;
  last: number;
  surface: string;
  code: string;
  kind: PlaceKind;
  name: string;
  countryCode: string;
  weight: number;
  /** The span is an adjective or demonym (казахстанський), not a name (Казахстан). */
  derived: boolean;
  /** Found through the gazetteer, which knows no people: a person's name there is no town. */
  town?: boolean;
}

export interface PlaceScan {
  hits: PlaceHit[];
  /** Every span the place lexicon claimed, including blocked phrases and region adjectives without a region word. */
  spans: { first: number; last: number }[];
}

export function scanPlaces(tokens: Token[]): PlaceScan {
  const hits: PlaceHit[] = [];
  const spans: { first: number; last: number }[] = [];
  for (const match of matcher.matchAll(tokens)) {
    const value = match.value;
    const at = { first: match.first, last: match.last, surface: match.surface };
    if (isDoubtful(match, tokens)) continue;
    spans.push(at);
    if (value.kind === 'block') continue;
    if (value.kind === 'country') {
      const derived = value.evidence === 'adj' || value.evidence === 'demonym';
      if (value.evidence !== 'abbr' && isLanguageOrNamePart(tokens, match.first, match.last, value.evidence === 'adj'))
        continue;
      hits.push({
        ...at,
        code: value.code,
        kind: 'country',
        name: countryName(value.code),
        countryCode: value.code,
        weight: WEIGHT[value.evidence],
        derived,
      });
      continue;
    }
    const city = CITIES[value.cityIndex];
    const country = {
      ...at,
      code: city.country,
      kind: 'country' as const,
      name: countryName(city.country),
      countryCode: city.country,
      derived: true,
    };
    const regional = regionWordFollows(tokens, match.last, value.kind === 'city' ? 1 : REGION_WORD_WINDOW);
    if (regional && city.region) {
      hits.push({
        ...at,
        code: city.region,
        kind: 'region',
        name: city.regionName ?? city.name,
        countryCode: city.country,
        weight: PLACE_WEIGHT,
        derived: false,
      });
      hits.push({ ...country, weight: WEIGHT.region });
    } else if (value.kind === 'city') {
      hits.push({
        ...at,
        code: `city:${city.country.toLowerCase()}:${city.slug}`,
        kind: 'city',
        name: city.name,
        countryCode: city.country,
        weight: PLACE_WEIGHT,
        derived: false,
      });
      hits.push({ ...country, weight: WEIGHT.city });
    }
  }
  const towns = findTowns(tokens, claimedBy(spans), new Set(hits.map((h) => h.countryCode)), gazetteer);
  hits.push(...towns.flatMap(townHits));
  // A city big enough to name its country in one mention, or a region, is no person's name either (Новосибирска).
  spans.push(...towns.filter((t) => t.region || namesItsCountry(t.place)));
  return { hits, spans };
}

function claimedBy(spans: { first: number; last: number }[]): Set<number> {
  const claimed = new Set<number>();
  for (const s of spans) for (let k = s.first; k <= s.last; k += 1) claimed.add(k);
  return claimed;
}

/** A town adds its country; a smaller town's span stays unclaimed, so a surname there (Павлова) stays a person. */
function townHits({ first, last, surface, place, region }: TownHit): PlaceHit[] {
  const at = { first, last, surface };
  const country: PlaceHit = {
    ...at,
    code: place.country,
    kind: 'country',
    name: countryName(place.country),
    countryCode: place.country,
    weight: region ? WEIGHT.region : townWeight(place, WEIGHT.city, TOWN_WEIGHT),
    derived: true,
    town: true,
  };
  if (region) return [country];
  const town: PlaceHit = {
    ...at,
    code: `city:${place.country.toLowerCase()}:${place.slug}`,
    kind: 'city',
    name: place.name,
    countryCode: place.country,
    weight: townWeight(place, PLACE_WEIGHT, TOWN_WEIGHT),
    derived: false,
    town: true,
  };
  return [country, town];
}

export function aggregatePlaces(hits: PlaceHit[]): PlaceMention[] {
  const tallies = new Map<string, { hit: PlaceHit; weights: number[]; evidence: Set<string> }>();
  for (const hit of hits) {
    const tally = tallies.get(hit.code) ?? { hit, weights: [], evidence: new Set<string>() };
    tally.weights.push(hit.weight);
    if (tally.evidence.size < MAX_EVIDENCE) tally.evidence.add(hit.surface);
    tallies.set(hit.code, tally);
  }
  return [...tallies.entries()]
    .map(([code, t]) => ({
      code,
      kind: t.hit.kind,
      name: t.hit.name,
      countryCode: t.hit.countryCode,
      confidence: combine(t.weights),
      evidence: [...t.evidence],
    }))
    .filter((p) => p.confidence >= MIN_CONFIDENCE)
    .sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || b.confidence - a.confidence || a.code.localeCompare(b.code));
}

/** Gazetteer towns whose words are those of a person the article names (Антон Чехов … Чехов; Mary Smith … Mary). */
export function withoutPeopleAsTowns(hits: PlaceHit[], people: { name: string }[]): PlaceHit[] {
  if (!hits.some((h) => h.town)) return hits;
  const personKeys = new Set(people.flatMap((p) => tokenize(p.name).flatMap((t) => wordKeys(t.norm))));
  if (personKeys.size === 0) return hits;
  // A town yields a hit for itself and one for its country, over one surface.
  const namesPerson = new Map<string, boolean>();
  const isPerson = (surface: string) => tokenize(surface).some((t) => wordKeys(t.norm).some((k) => personKeys.has(k)));
  return hits.filter((h) => {
    if (!h.town) return true;
    const person = namesPerson.get(h.surface) ?? isPerson(h.surface);
    namesPerson.set(h.surface, person);
    return !person;
  });
}

export function detectPlaces(tokens: Token[]): PlaceMention[] {
  return aggregatePlaces(scanPlaces(tokens).hits);
}

/**
 * Names that double as common words or given names count only mid-sentence and outside a run of capitalised words.
 * Ukrainian and Russian write adjectives and demonyms in lower case, so a capitalised one mid-sentence is a surname
 * (Поляков) or part of a proper name (Українська правда).
 */
function isDoubtful(match: LexiconMatch<PlaceValue>, tokens: Token[]): boolean {
  const token = tokens[match.first];
  const value = match.value;
  const derived = value.kind === 'country' && (value.evidence === 'adj' || value.evidence === 'demonym');
  if (derived && token.capitalised && !token.sentenceStart && !token.hyphenBefore && isCyrillic(token.norm))
    return true;
  if (match.first !== match.last || !AMBIGUOUS_COUNTRY_WORDS.has(token.norm)) return false;
  const before = tokens[match.first - 1];
  const after = tokens[match.first + 1];
  const inNameRun = (t: Token | undefined) =>
    t !== undefined && t.capitalised && !t.sentenceStart && t.paragraph === token.paragraph;
  return token.sentenceStart || (!token.sentenceStart && inNameRun(before)) || inNameRun(after);
}

function regionWordFollows(tokens: Token[], last: number, window: number): boolean {
  for (let k = last + 1; k <= last + window && k < tokens.length; k += 1) {
    if (REGION_WORDS.some((w) => tokens[k].norm.startsWith(w))) return true;
  }
  return false;
}

/** The dataset lists formal names first (Russian Federation); news readers expect the short one (Russia). */
const COUNTRY_NAMES = new Map(
  Object.entries(en.countries as Record<string, string | string[]>).map(([code, names]) => {
    if (!Array.isArray(names)) return [code, names];
    const short = names.filter((n) => n !== n.toUpperCase()).sort((a, b) => a.length - b.length)[0] ?? names[0];
    return [code, code === 'GB' ? 'United Kingdom' : short];
  }),
);

function countryName(code: string): string {
  return COUNTRY_NAMES.get(code) ?? code;
}

function kindRank(kind: PlaceKind): number {
  return kind === 'country' ? 0 : kind === 'region' ? 1 : 2;
}

/** Whether these words, lower-cased, are the whole name of a town of the gazetteer in some country (Milton Keynes). */
export function isTownName(norms: string[]): boolean {
  let keys = [''];
  for (const norm of norms) {
    keys = keys.flatMap((head) => wordKeys(norm).map((word) => (head ? `${head} ${word}` : word)));
  }
  return keys.some((key) => gazetteer.forms.has(key) || gazetteer.contested.has(key));
}
