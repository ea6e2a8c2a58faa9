import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

import { CACHE } from './public-sets';

/** What the nominative check needs of one analysis of a word. */
export interface Reading {
  nominative: boolean;
  /** A reading a word of one person's name can have: singular, and not an inanimate common noun. */
  ofPerson: boolean;
}

/** Each word an analyser knows, with its readings; a word it does not know is absent. */
export type Readings = Map<string, Reading[]>;

/** Figures for one set of analysers (see shareOf). */
export interface NominativeFigures {
  /** Any reading counts: a name is not nominative when a word has readings and none is nominative. */
  anyReading: { nominative: number; total: number };
  /** Only readings a single person's name can have. */
  personReading: { nominative: number; total: number; unverifiable: number };
}

/** Apertium alone, and Apertium with the Ukrainian dictionary when it is in the cache. */
export interface NominativeShare {
  apertium: NominativeFigures;
  withDictionary: NominativeFigures | null;
  /** Names still oblique by person readings with every analyser available, for reading through. */
  oblique: string[];
}

/** Ігор is also ігор (games, an inanimate plural), Валерія also Валерії (Valerias): neither can be one person. */
const apertiumPersonReading = (reading: string) => !reading.includes('<pl>') && !/<n>(?:<[^>]+>)*<nn>/.test(reading);

/** lt-proc's stream: ^surface/reading/reading$ units; an unknown word's only reading starts with '*'. */
export function apertiumReadings(output: string): Readings {
  const readings: Readings = new Map();
  for (const unit of output.match(/\^[^$]*\$/g) ?? []) {
    const [surface, ...analyses] = unit.slice(1, -1).split('/');
    if (analyses.length === 0 || analyses[0].startsWith('*')) continue;
    readings.set(
      surface,
      analyses.map((a) => ({ nominative: a.includes('<nom>'), ofPerson: apertiumPersonReading(a) })),
    );
  }
  return readings;
}

/**
 * The dictionary spells a surname like Кузьмін by its masculine paradigm only, yet Кузьміна, its genitive, is also the
 * nominative of the woman's surname: a possessive surname's genitive reading stands for that nominative too.
 */
const POSSESSIVE_SURNAME = /(?:ов|ев|єв|ин|ін|їн)$/;

/**
 * AnalyseUkrainian.java's lines: word, lemma and the dictionary's colon-separated tags (noun:anim:m:v_naz:prop:fname);
 * `p` in the gender slot is plural. Only declined readings (with a case, v_…) count: a name word the dictionary reads
 * as a verb or an adverb says nothing about its case. A person's readings are singular and not inanimate nouns, so
 * adjectives stay (Слизький, a surname declined as one).
 */
export function dictionaryReadings(output: string): Readings {
  const readings: Readings = new Map();
  for (const line of output.split('\n')) {
    const [word, lemma, tags] = line.split('\t');
    const tag = new Set(tags?.split(':'));
    if (![...tag].some((t) => t.startsWith('v_'))) continue;
    const womansSurname = tag.has('lname') && tag.has('v_rod') && POSSESSIVE_SURNAME.test(lemma);
    const reading = { nominative: tag.has('v_naz') || womansSurname, ofPerson: !tag.has('p') && !tag.has('inanim') };
    readings.set(word, [...(readings.get(word) ?? []), reading]);
  }
  return readings;
}

/** One word's readings from every analyser that knows it: a word is nominative when any of them reads it so. */
const merged = (analysers: Readings[], word: string) => analysers.flatMap((a) => a.get(word) ?? []);

/** An initial (П. or П) has no case ending, so it says nothing either way. */
const wordsOf = (name: string) => name.split(/[\s-]+/).filter((w) => !/^\p{L}\.?$/u.test(w));

/**
 * Counted by any reading, a name is not nominative when one of its words is known and none of that word's readings is
 * nominative. Counted by person readings, a known word with no reading a person can have leaves its name unverifiable,
 * reported apart; otherwise the name is oblique when a word's person readings are none of them nominative. A word no
 * analyser knows says nothing.
 */
export function shareOf(names: string[], analysers: Readings[]): NominativeFigures & { oblique: string[] } {
  const notNominative = (w: string) => {
    const readings = merged(analysers, w);
    return readings.length > 0 && !readings.some((r) => r.nominative);
  };
  const personReadings = (w: string) => merged(analysers, w).filter((r) => r.ofPerson);
  const obliqueWord = (w: string) => {
    const readings = personReadings(w);
    return readings.length > 0 && !readings.some((r) => r.nominative);
  };
  const unverifiableWord = (w: string) => merged(analysers, w).length > 0 && personReadings(w).length === 0;
  const oblique = names.filter((n) => wordsOf(n).some(obliqueWord));
  const unknown = names.filter((n) => !oblique.includes(n) && wordsOf(n).some(unverifiableWord));
  return {
    anyReading: { nominative: names.filter((n) => !wordsOf(n).some(notNominative)).length, total: names.length },
    personReading: {
      nominative: names.length - oblique.length - unknown.length,
      total: names.length - unknown.length,
      unverifiable: unknown.length,
    },
    oblique,
  };
}

const APERTIUM = '/usr/share/apertium/apertium-rus-ukr/ukr-rus.automorf.bin';
const DICTIONARY = join(CACHE, 'ukrainian-dictionary');

/** Apertium's Ukrainian analyser (Debian apertium-rus-ukr, GPL, used by this tool only); null without lt-proc. */
function analyseWithApertium(words: string[]): Readings | null {
  if (!existsSync(APERTIUM)) return null;
  try {
    return apertiumReadings(execFileSync('lt-proc', [APERTIUM], { input: words.join('\n') + '\n', encoding: 'utf8' }));
  } catch {
    return null;
  }
}

/**
 * The VESUM-based dictionary LanguageTool uses (ua.net.nlp:morfologik-ukrainian-lt, LGPL 2.1+), read by morfologik
 * through AnalyseUkrainian.java; null until fetch-ukrainian-dictionary.sh has filled the cache, or without Java.
 */
function analyseWithDictionary(words: string[]): Readings | null {
  if (!existsSync(join(DICTIONARY, '.pinned'))) return null;
  const jars = readdirSync(DICTIONARY)
    .filter((f) => f.endsWith('.jar'))
    .map((f) => join(DICTIONARY, f));
  try {
    return dictionaryReadings(
      execFileSync('java', ['-cp', jars.join(delimiter), join(__dirname, 'AnalyseUkrainian.java')], {
        input: words.join('\n') + '\n',
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      }),
    );
  } catch {
    return null;
  }
}

/**
 * How many correctly found names are in the nominative. Apertium lacks many given names and surnames and reads Ігор
 * and Семен only as common nouns (games, seeds), so a correct name can look oblique; the dictionary, which knows
 * names as names, is consulted beside it. Null without lt-proc.
 */
export function nominativeShare(names: string[]): NominativeShare | null {
  if (names.length === 0) return null;
  const words = [...new Set(names.flatMap(wordsOf))];
  const apertium = analyseWithApertium(words);
  if (!apertium) return null;
  const dictionary = analyseWithDictionary(words);
  const alone = shareOf(names, [apertium]);
  const both = dictionary ? shareOf(names, [apertium, dictionary]) : null;
  return {
    apertium: { anyReading: alone.anyReading, personReading: alone.personReading },
    withDictionary: both && { anyReading: both.anyReading, personReading: both.personReading },
    oblique: (both ?? alone).oblique,
  };
}
