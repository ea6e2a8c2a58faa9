import ar from 'i18n-iso-countries/langs/ar.json';
import bg from 'i18n-iso-countries/langs/bg.json';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import sr from 'i18n-iso-countries/langs/sr.json';
import uk from 'i18n-iso-countries/langs/uk.json';

import { LexiconMatcher, PatternWord } from '../text/lexicon-matcher';
import { isAllUpper } from '../text/normalise';
import { CITIES } from './data/cities';
import { COUNTRY_FORMS } from './data/country-forms';
import { NameMode, nameToPattern, splitDatasetName, stemPattern } from './place-patterns';
import { serbianLatinCountries } from './serbian-latin';

export type PlaceEvidence = 'name' | 'abbr' | 'adj' | 'demonym' | 'city' | 'region';

export type PlaceValue =
  | { kind: 'country'; code: string; evidence: PlaceEvidence }
  | { kind: 'city'; cityIndex: number }
  | { kind: 'region-adj'; cityIndex: number }
  /** Phrases that contain a country word but name something else (Латинська Америка). */
  | { kind: 'block' };

interface DatasetLang {
  countries: Record<string, string | string[]>;
}

const DATASETS: { data: DatasetLang; mode: NameMode }[] = [
  { data: uk, mode: 'inflecting' },
  { data: ru, mode: 'inflecting' },
  { data: pl, mode: 'inflecting' },
  { data: sr, mode: 'inflecting' },
  // Serbian is written in both alphabets; the dataset has the Cyrillic one.
  { data: serbianLatinCountries(sr), mode: 'inflecting' },
  { data: bg, mode: 'inflecting' },
  { data: ar, mode: 'plain' },
  { data: en, mode: 'plain' },
  { data: de, mode: 'plain' },
  { data: fr, mode: 'plain' },
];

const BLOCKED_PHRASES = [
  'Латинська Америка',
  'Латинская Америка',
  'Південна Америка',
  'Южная Америка',
  'Північна Америка',
  'Северная Америка',
  'Центральна Америка',
  'Latin America',
  'South America',
  'North America',
  'Central America',
  'Ameryka Łacińska',
  'Lateinamerika',
  'Amérique latine',
  'New Mexico',
  'New Jersey',
  'Nowy Meksyk',
  // Continents and macro-regions: not countries, and not people either (Центральної Азії is no name).
  'Азія',
  'Азия',
  'Європа',
  'Европа',
  'Африка',
  'Asia',
  'Europe',
  'Africa',
  'Azja',
  'Europa',
  'Afryka',
  'Asien',
  'Afrika',
  'Asie',
  'Afrique',
  'Центральна Азія',
  'Центральної Азії',
  'Центральній Азії',
  'Центральная Азия',
  'Центральной Азии',
  'Азії',
  'Азии',
  'Central Asia',
  'Zentralasien',
  'Asie centrale',
  'Azja Środkowa',
  'Близький Схід',
  'Ближній Схід',
  'Ближний Восток',
  'Middle East',
  'Nahost',
  'Naher Osten',
  'Proche-Orient',
  'Moyen-Orient',
  'Bliski Wschód',
  'Східна Європа',
  'Восточная Европа',
  'Eastern Europe',
  'Osteuropa',
  "Europe de l'Est",
  'Europa Wschodnia',
  'Західна Європа',
  'Западная Европа',
  'Western Europe',
  'Westeuropa',
  'Europa Zachodnia',
  'Південно-Східна Азія',
  'Юго-Восточная Азия',
  'Southeast Asia',
  'Südostasien',
  'Azja Południowo-Wschodnia',
  'Північна Африка',
  'Северная Африка',
  'North Africa',
  'Nordafrika',
  'Afrique du Nord',
  'Afryka Północna',
  'Балкани',
  'Балканы',
  'Balkans',
  'Balkan',
  'Bałkany',
  'Кавказ',
  'Caucasus',
  'Kaukasus',
  'Kaukaz',
  'Caucase',
];

interface Candidate {
  words: PatternWord[];
  value: PlaceValue;
  capitalised: boolean;
  /** From a dataset name's parentheses: it yields to any other place's own name. */
  aside?: boolean;
}

const keyOf = (words: PatternWord[]) => words.map((w) => `${w.inflection}:${w.stem}`).join(' ');

function countryNameCandidates(): Candidate[] {
  const out: Candidate[] = [];
  for (const { data, mode } of DATASETS) {
    for (const [code, names] of Object.entries(data.countries)) {
      for (const raw of Array.isArray(names) ? names : [names]) {
        for (const { name, aside } of splitDatasetName(raw)) {
          out.push(...nameCandidate(code, name, mode).map((candidate) => ({ ...candidate, aside })));
        }
      }
    }
  }
  for (const [code, forms] of Object.entries(COUNTRY_FORMS)) {
    for (const name of forms.names?.split('|') ?? []) out.push(...nameCandidate(code, name, 'mixed'));
    for (const stem of forms.stems?.split(' ') ?? [])
      out.push({
        words: stemPattern(stem, 'noun'),
        value: { kind: 'country', code, evidence: 'name' },
        capitalised: true,
      });
    for (const abbr of forms.abbr?.split(' ') ?? [])
      out.push({
        words: [{ stem: abbr, inflection: 'cased' }],
        value: { kind: 'country', code, evidence: 'abbr' },
        capitalised: false,
      });
    for (const stem of forms.adj?.split(' ') ?? []) out.push(stemCandidate(code, stem.replace(/_/g, ' '), 'adj'));
    for (const stem of forms.demonym?.split(' ') ?? [])
      out.push(stemCandidate(code, stem.replace(/_/g, ' '), 'demonym'));
  }
  return out;
}

function nameCandidate(code: string, name: string, mode: NameMode): Candidate[] {
  if (name.includes('.')) return [];
  if (isAllUpper(name) && !name.includes(' ')) {
    return [
      {
        words: [{ stem: name, inflection: 'cased' }],
        value: { kind: 'country', code, evidence: 'abbr' },
        capitalised: false,
      },
    ];
  }
  // Arabic and other caseless scripts cannot show a name by its capital.
  const capitalised = name.toLowerCase() !== name.toUpperCase();
  return [{ words: nameToPattern(name, mode), value: { kind: 'country', code, evidence: 'name' }, capitalised }];
}

/** A capitalised stem in the data (English 'Russian') must stay capitalised in text; lower-case stems match any case. */
function stemCandidate(code: string, stem: string, evidence: 'adj' | 'demonym'): Candidate {
  const capitalised = stem !== stem.toLowerCase();
  return {
    words: stemPattern(stem, evidence === 'adj' ? 'adj' : 'noun'),
    value: { kind: 'country', code, evidence },
    capitalised,
  };
}

function cityCandidates(): Candidate[] {
  const out: Candidate[] = [];
  CITIES.forEach((city, cityIndex) => {
    for (const form of city.forms.split('|')) {
      const words = form.startsWith('!') ? stemPattern(form.slice(1), 'noun') : nameToPattern(form, 'plain');
      out.push({ words, value: { kind: 'city', cityIndex }, capitalised: true });
    }
    for (const stem of city.adj?.split(' ') ?? [])
      out.push({ words: stemPattern(stem, 'adj'), value: { kind: 'region-adj', cityIndex }, capitalised: false });
  });
  return out;
}

/**
 * One matcher for every place form. A form claimed by two different places (Congo, Конго) is dropped:
 * guessing would cost precision, which matters more than recall here.
 */
export function buildPlaceMatcher(): LexiconMatcher<PlaceValue> {
  const claims = new Map<string, Candidate[]>();
  for (const candidate of [...countryNameCandidates(), ...cityCandidates()]) {
    const key = keyOf(candidate.words);
    claims.set(key, [...(claims.get(key) ?? []), candidate]);
  }
  const byKey = new Map<string, Candidate | null>();
  for (const [key, candidates] of claims) byKey.set(key, undisputed(candidates));
  for (const phrase of BLOCKED_PHRASES) {
    const words = nameToPattern(phrase, 'plain');
    byKey.set(keyOf(words), { words, value: { kind: 'block' }, capitalised: true });
  }
  const matcher = new LexiconMatcher<PlaceValue>();
  for (const candidate of byKey.values()) if (candidate) matcher.add(candidate);
  return matcher;
}

const identity = (v: PlaceValue) =>
  v.kind === 'country' ? v.code : v.kind === 'block' ? 'block' : `city${v.cityIndex}`;

/** The claim on a form, if its own names agree (asides count only where no place claims the form as its own). */
function undisputed(candidates: Candidate[]): Candidate | null {
  const own = candidates.filter((candidate) => !candidate.aside);
  const deciding = own.length > 0 ? own : candidates;
  return deciding.every((candidate) => identity(candidate.value) === identity(deciding[0].value)) ? deciding[0] : null;
}
