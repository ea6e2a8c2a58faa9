import { givenNameNominative, GivenNameReading, givenNameReadings } from './given-names';

/**
 * Back to the nominative for Ukrainian and Russian personal names, given the grammatical case that the
 * context (a role word in the same case, or an unambiguous ending) shows. Without such evidence a name stays as written:
 * Іванова may be a woman in the nominative or a man in the genitive.
 */
export type GrammaticalCase = 'nom' | 'gen' | 'dat' | 'ins' | 'acc' | 'voc' | 'unknown';

const CONSONANT = '[бвгґджзйклмнпрстфхцчшщ]';
type Rule = [RegExp, string];

/** Ukrainian men's names in -о lose it in the oblique cases: Петра, Михайлові, Дмитром are Петро, Михайло, Дмитро. */
const NAMES_IN_O = '(михайл|павл|дмитр|петр|данил|кирил|гаврил|левк|марк|тимк)';

const RULES: Record<'uk' | 'ru', Partial<Record<GrammaticalCase, Rule[]>>> = {
  uk: {
    gen: [
      [new RegExp(`^${NAMES_IN_O}а$`), '$1о'],
      [/([бвгджзйлмнпрстфхцчшщ])ка$/, '$1ко'],
      [/ля$/, 'ль'],
      [/(ськ|цьк|зьк)ого$/, '$1ий'],
      [/ого$/, 'ий'],
      [/(ськ|цьк|зьк)ої$/, '$1а'],
      [/(ов|ев|єв|ин|ін)ої$/, '$1а'],
      [/ії$/, 'ія'],
      [/енка$/, 'енко'],
      [/ія$/, 'ій'],
      [/ця$/, 'ець'],
      [new RegExp(`(${CONSONANT})я$`), '$1'],
      [new RegExp(`(${CONSONANT})а$`), '$1'],
      [new RegExp(`(${CONSONANT})и$`), '$1а'],
    ],
    dat: [
      [new RegExp(`^${NAMES_IN_O}(у|ові)$`), '$1о'],
      [/([бвгджзйлмнпрстфхцчшщ])к(ові|у)$/, '$1ко'],
      [/(ськ|цьк|зьк)ому$/, '$1ий'],
      [/ому$/, 'ий'],
      [/лю$/, 'ль'],
      [/рю$/, 'р'],
      [/енкові$/, 'енко'],
      [/енку$/, 'енко'],
      [/ію$/, 'ій'],
      [/цю$/, 'ець'],
      [/(ов|ев|єв|ін|ин)(у|ові)$/, '$1'],
      [new RegExp(`(${CONSONANT})(ові|еві|у)$`), '$1'],
      [/єві$/, 'й'],
    ],
    ins: [
      [new RegExp(`^${NAMES_IN_O}ом$`), '$1о'],
      [/([бвгджзйлмнпрстфхцчшщ])ком$/, '$1ко'],
      [/(ськ|цьк|зьк)им$/, '$1ий'],
      [/(ов|ев|єв|ін|ин)им$/, '$1'],
      [/енком$/, 'енко'],
      [/цем$/, 'ець'],
      [new RegExp(`(${CONSONANT})(ом|ем)$`), '$1'],
      [/єм$/, 'й'],
      [/ою$/, 'а'],
      [/єю$/, 'я'],
    ],
  },
  ru: {
    gen: [
      [/(ск|цк)ого$/, '$1ий'],
      [/(ск|цк)ой$/, '$1ая'],
      [/(ов|ев|ин)ой$/, '$1а'],
      [/ии$/, 'ия'],
      [/ея$/, 'ей'],
      [/ия$/, 'ий'],
      [new RegExp(`(${CONSONANT})я$`), '$1ь'],
      [new RegExp(`(${CONSONANT})а$`), '$1'],
      [new RegExp(`(${CONSONANT})ы$`), '$1а'],
    ],
    dat: [
      [/(ск|цк)ому$/, '$1ий'],
      [/(ов|ев|ин)у$/, '$1'],
      [new RegExp(`(${CONSONANT})у$`), '$1'],
    ],
    ins: [
      [/(ск|цк)им$/, '$1ий'],
      [/(ов|ев|ин)ым$/, '$1'],
      [new RegExp(`(${CONSONANT})(ом|ем)$`), '$1'],
      [/ой$/, 'а'],
    ],
  },
};

/** Endings that only oblique cases have, so a name carrying them is not in the nominative whatever the context. */
export function caseFromShape(parts: string[], language: string): GrammaticalCase {
  const last = parts[parts.length - 1]?.toLowerCase() ?? '';
  if (language === 'uk') {
    const byFirstName = ukrainianCaseOfFirstName(parts, last);
    if (byFirstName !== 'unknown') return byFirstName;
    if (/ого$/.test(last)) return 'gen';
    if (/(?:ич|ук|юк|енк)а$/.test(last)) return 'gen';
    if (/(ськ|цьк|зьк)ому$/.test(last) || /(?:ові|еві|єві)$/.test(last) || /(?:ич|ук|юк|енк)у$/.test(last))
      return 'dat';
    if (/(ськ|цьк|зьк)им$/.test(last) || /(ов|ев|єв|ін)им$/.test(last) || /(?:ичем|[уюн]ком)$/.test(last)) return 'ins';
  }
  if (language === 'ru') {
    if (/(?:ич|ук|юк)а$/.test(last)) return 'gen';
    if (/(?:ич|ук|юк)у$/.test(last)) return 'dat';
    if (/(?:ичем|[ую]ком)$/.test(last)) return 'ins';
    if (/(ск|цк)ого$/.test(last)) return 'gen';
    if (/(ск|цк)ому$/.test(last)) return 'dat';
    if (/(ск|цк)им$/.test(last) || /(ов|ев|ин)ым$/.test(last)) return 'ins';
  }
  return 'unknown';
}

/**
 * A first name with an ending no nominative first name has (Олегу, Іваном, Сергієм), or a man's genitive first name
 * beside a surname whose ending a woman's nominative surname never has (Тараса Шевченка, Андрія Бондаря; not Ірина
 * Сорока, Олександра Федіс).
 */
function ukrainianCaseOfFirstName(parts: string[], last: string): GrammaticalCase {
  if (parts.length < 2 || /\.$/.test(parts[0])) return 'unknown';
  const first = parts[0].toLowerCase().replace(/[’ʼ]/g, "'");
  if (/(?:ом|ою|єю|єм)$|(?<!арт)ем$/.test(first)) return 'ins';
  if (/(?:ові|еві|єві|у|ю)$/.test(first)) return 'dat';
  const manGenitive = new RegExp(`(?:${CONSONANT}а|ія|[рл]я)$`).test(first);
  return manGenitive && /(?:енка|ича|[уюиаяій]ка|[уюиая]ша|ря|ля|ого)$/.test(last) ? 'gen' : 'unknown';
}

export function toNominative(parts: string[], grammaticalCase: GrammaticalCase, language: string): string[] {
  if (language !== 'uk' && language !== 'ru') return parts;
  const rules = RULES[language][grammaticalCase];
  if (!rules) return parts;
  return parts.map((part) =>
    part
      .split('-')
      .map((segment) => applyFirst(segment, rules))
      .join('-'),
  );
}

function applyFirst(word: string, rules: Rule[]): string {
  const lower = word.toLowerCase();
  for (const [pattern, replacement] of rules) {
    if (pattern.test(lower)) {
      const replaced = lower.replace(pattern, replacement);
      return word.charAt(0) + replaced.slice(1);
    }
  }
  return word;
}

/** Women's surnames and patronymics back to the nominative from any oblique case (Зеленської, Зеленській, Зеленською). */
const WOMEN_RULES: Record<'uk' | 'ru', Rule[]> = {
  uk: [
    [/(ськ|цьк|зьк)(ої|ій|ою|у)$/, '$1а'],
    [/(ов|ев|єв|ін|ин|їн)(ої|ій|ою|у)$/, '$1а'],
    [/(івн|ївн)(и|і|ою|у)$/, '$1а'],
    [/ії$|ією$/, 'ія'],
    [/єю$/, 'я'],
    [/ою$/, 'а'],
    [new RegExp(`(${CONSONANT})и$`), '$1а'],
    [new RegExp(`(${CONSONANT})у$`), '$1а'],
    // Dative and locative, with the velar changed back: Чайці → Чайка, Сороці → Сорока; Лисиці stays -иця.
    [/иці$/, 'иця'],
    [/ці$/, 'ка'],
    [/зі$/, 'га'],
    [new RegExp(`(${CONSONANT})і$`), '$1а'],
  ],
  ru: [
    [/(ск|цк)(ой|ую)$/, '$1ая'],
    [/(ов|ев|ёв|ин|ын)(ой|у)$/, '$1а'],
    [/(овн|евн)(ы|е|ой|у)$/, '$1а'],
    [/ии$|ией$/, 'ия'],
    [/ой$/, 'а'],
    [new RegExp(`(${CONSONANT})ы$`), '$1а'],
    [new RegExp(`(${CONSONANT})у$`), '$1а'],
  ],
};

/**
 * A first name the lexicon does not know before a woman's -ська surname in an oblique case: both words are hers and
 * go back together (Зоряни Білоцької → Зоряна Білоцька).
 */
const isWomanInObliqueCase = (parts: string[], language: string) =>
  language === 'uk' &&
  parts.length === 2 &&
  !/\.$/.test(parts[0]) &&
  /(?:ськ|цьк|зьк)(?:ої|ій|ою|у)$/.test(parts[1].toLowerCase()) &&
  /(?:[иії]|[ую]|ою|ею|єю)$/.test(parts[0].toLowerCase());

export interface RestoredName {
  parts: string[];
  grammaticalCase: GrammaticalCase;
}

/**
 * The one reading the text's given name allows (Ігоря: Ігор, a man, genitive), or null when the run has no given
 * name or its readings disagree on the person (Олександра: a woman, or a man in the genitive).
 */
function givenNameIn(
  parts: string[],
  language: string,
): { index: number; readings: readonly GivenNameReading[] } | null {
  for (let index = 0; index < parts.length; index += 1) {
    const readings = givenNameReadings(parts[index], language);
    if (readings.length === 0) continue;
    const [first] = readings;
    const onePerson = readings.every((r) => r.nominative === first.nominative && r.gender === first.gender);
    const oneCaseKind = readings.every((r) => (r.grammaticalCase === 'nom') === (first.grammaticalCase === 'nom'));
    return onePerson && oneCaseKind ? { index, readings } : null;
  }
  return null;
}

/**
 * A personal name in the nominative, led by its given name when the lexicon knows it: the given name fixes the case
 * and the gender (Ігоря Коско → Ігор Коско, Олени Сороки → Олена Сорока, Валерію Кравцю → Валерій Кравець); without
 * one, the context's case (a role word) or the surname's ending decides, as before.
 */
export function restoreNominative(parts: string[], contextCase: GrammaticalCase, language: string): RestoredName {
  const given = parts.length >= 2 && (language === 'uk' || language === 'ru') ? givenNameIn(parts, language) : null;
  if (!given && isWomanInObliqueCase(parts, language))
    return { parts: parts.map((part) => applyFirst(part, WOMEN_RULES.uk)), grammaticalCase: 'unknown' };
  if (!given) {
    const grammaticalCase = contextCase !== 'unknown' ? contextCase : caseFromShape(parts, language);
    return { parts: toNominative(parts, grammaticalCase, language), grammaticalCase };
  }
  const [reading] = given.readings;
  if (reading.grammaticalCase === 'nom') return { parts, grammaticalCase: 'nom' };
  const lang = language as 'uk' | 'ru';
  const cases = [...new Set(given.readings.map((r) => r.grammaticalCase))];
  const restored = parts.map((part, i) => {
    if (i === given.index) return givenNameNominative(part, reading);
    if (/\.$/.test(part)) return part;
    if (reading.gender === 'f') return applyFirst(part, WOMEN_RULES[lang]);
    // A man's surname in the accusative is his genitive: Миколу Северина.
    for (const c of cases.map((c) => (c === 'acc' ? 'gen' : c))) {
      const changed = toNominative([part], c, lang)[0];
      if (changed !== part) return changed;
    }
    return part;
  });
  return { parts: restored, grammaticalCase: reading.grammaticalCase };
}
