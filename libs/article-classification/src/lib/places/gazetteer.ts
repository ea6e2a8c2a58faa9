import { NOUN_ENDINGS } from '../text/endings';
import { GAZETTEER_CONTESTED, GAZETTEER_PLACES } from './data/gazetteer';
import { EXACT_MARK } from './gazetteer-key';

export interface GazetteerPlace {
  country: string;
  slug: string;
  name: string;
  population: number;
}

export interface Gazetteer {
  places: GazetteerPlace[];
  /** Form key → the one place it names. */
  forms: Map<string, number>;
  /** Form key → places in several countries that bear it; the article's own countries decide. */
  contested: Map<string, number[]>;
  /** Every leading part of a multi-word key (Ростов на → Ростов на Дон). */
  prefixes: Set<string>;
}

const MAX_ENDING = 4;
const MIN_STEM = 4;

export function loadGazetteer(placesText = GAZETTEER_PLACES, contestedText = GAZETTEER_CONTESTED): Gazetteer {
  const places: GazetteerPlace[] = [];
  const forms = new Map<string, number>();
  const prefixes = new Set<string>();
  const addPrefixes = (key: string) => {
    for (let at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) prefixes.add(key.slice(0, at));
  };
  for (const line of placesText.split('\n')) {
    const [country, slug, name, population, ...keys] = line.split('\t');
    const index = places.length;
    places.push({ country, slug, name, population: Number(population) });
    for (const key of keys) {
      forms.set(key, index);
      addPrefixes(key);
    }
  }
  const contested = new Map<string, number[]>();
  for (const line of contestedText ? contestedText.split('\n') : []) {
    const [key, ...indices] = line.split('\t');
    contested.set(key, indices.map(Number));
    addPrefixes(key);
  }
  return { places, forms, contested, prefixes };
}

/**
 * Latin-script town names take only a genitive -s or a Polish case ending (Kölns, w Gdańsku, z Krakowa); the Slavic
 * endings in -n and -e would turn one town into another (Baden → Bade).
 */
const LATIN_ENDINGS: ReadonlySet<string> = new Set(['s', "'s", 'u', 'ie', 'em', 'a', 'y', 'ą', 'ę']);
const CYRILLIC = /[\u0400-\u04ff]/;

/** The keys one word may stand for: itself letter for letter, or a stem with a case ending removed (Харкові → харков). */
export function wordKeys(norm: string): string[] {
  const keys = [EXACT_MARK + norm, norm];
  // Noun endings only: a capitalised adjective (Центрального банку, Уральских гор) is part of a name, not a town.
  const endings = CYRILLIC.test(norm) ? NOUN_ENDINGS : LATIN_ENDINGS;
  for (let k = 1; k <= MAX_ENDING && norm.length - k >= MIN_STEM; k += 1) {
    if (endings.has(norm.slice(-k))) keys.push(norm.slice(0, -k));
  }
  return keys;
}
