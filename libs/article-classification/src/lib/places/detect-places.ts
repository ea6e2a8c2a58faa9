import { isCyrillic } from '@newsflow/article-text';
import en from 'i18n-iso-countries/langs/en.json';

import { combine } from '../text/confidence';
import { LexiconMatch } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { PlaceKind, PlaceMention } from '../types';
import { CITIES, REGION_WORDS } from './data/cities';
import { AMBIGUOUS_COUNTRY_WORDS } from './data/country-forms';
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
const MIN_CONFIDENCE = 0.3;
const REGION_WORD_WINDOW = 3;
const MAX_EVIDENCE = 5;

const matcher = buildPlaceMatcher();

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
  return { hits, spans };
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
