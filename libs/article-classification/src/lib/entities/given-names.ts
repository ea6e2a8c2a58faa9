import { ENGLISH_GIVEN_NAMES } from './data/english-words';
import { GIVEN_NAMES } from './data/given-names';
import { ukrainianDiminutives } from './diminutives';

/** One reading of a word as a given name: which name, of whom, and in which case. */
export interface GivenNameReading {
  nominative: string;
  gender: 'm' | 'f';
  grammaticalCase: 'nom' | 'gen' | 'dat' | 'ins' | 'acc' | 'voc';
  /** The full name a familiar form is made from (Петрик → петро), so that both name one person. */
  familiarOf?: string;
}

type Oblique = [string, string, string];
type Declension = [RegExp, (stem: string) => Oblique];

const SIBILANT = /[жчшщ]$/;
const VELAR_DATIVE: Record<string, string> = { г: 'з', к: 'ц', х: 'с' };

/** Ukrainian men's names whose і or о changes in the oblique cases: Федір, Федора; Антін, Антона. */
const UK_ALTERNATING: Record<string, string> = { федір: 'федор', антін: 'антон', сидір: 'сидор', ілько: 'ільк' };
const RU_FLEETING: Record<string, string> = { павел: 'павл', лев: 'льв', пётр: 'петр' };

/** Genitive, dative, instrumental by the nominative's ending, stem without that ending. */
const DECLENSIONS: Record<'uk' | 'ru', Record<'m' | 'f', Declension[]>> = {
  uk: {
    m: [
      [/ій$/, (s) => [`${s}ія`, `${s}ію`, `${s}ієм`]],
      [/й$/, (s) => [`${s}я`, `${s}ю`, `${s}єм`]],
      [/ь$/, (s) => [`${s}я`, `${s}ю`, `${s}ем`]],
      [/о$/, (s) => [`${s}а`, `${s}ові`, `${s}ом`]],
      [/я$/, (s) => [`${s}і`, `${s}і`, `${s}ею`]],
      [/а$/, (s) => [`${s}и`, `${s}і`, `${s}ою`]],
      // Ігор alone declines soft; Віктор, Нестор decline hard (Віктора).
      [/(?<=^іг)ор$/, (s) => [`${s}оря`, `${s}орю`, `${s}орем`]],
      [/$/, (s) => [`${s}а`, `${s}ові`, SIBILANT.test(s) ? `${s}ем` : `${s}ом`]],
    ],
    f: [
      [/ія$/, (s) => [`${s}ії`, `${s}ії`, `${s}ією`]],
      [/([аеиіоуяюєї'])я$/, (s) => [`${s}ї`, `${s}ї`, `${s}єю`]],
      [/я$/, (s) => [`${s}і`, `${s}і`, `${s}ею`]],
      [/а$/, (s) => [`${s}и`, `${s.replace(/[гкх]$/, (c) => VELAR_DATIVE[c])}і`, `${s}ою`]],
      [/ов$/, (s) => [`${s}ові`, `${s}ові`, `${s}ов'ю`]],
    ],
  },
  ru: {
    m: [
      [/ий$/, (s) => [`${s}ия`, `${s}ию`, `${s}ием`]],
      [/й$/, (s) => [`${s}я`, `${s}ю`, `${s}ем`]],
      [/ь$/, (s) => [`${s}я`, `${s}ю`, `${s}ем`]],
      [/я$/, (s) => [`${s}и`, `${s}е`, `${s}ёй`]],
      [/а$/, (s) => [/[гкхжчшщ]$/.test(s) ? `${s}и` : `${s}ы`, `${s}е`, `${s}ой`]],
      [/$/, (s) => [`${s}а`, `${s}у`, /[жчшщц]$/.test(s) ? `${s}ем` : `${s}ом`]],
    ],
    f: [
      [/ия$/, (s) => [`${s}ии`, `${s}ии`, `${s}ией`]],
      [/я$/, (s) => [`${s}и`, `${s}е`, `${s}ей`]],
      [/а$/, (s) => [/[гкхжчшщ]$/.test(s) ? `${s}и` : `${s}ы`, `${s}е`, /[жчшщц]$/.test(s) ? `${s}ей` : `${s}ой`]],
      [/ь$/, (s) => [`${s}и`, `${s}и`, `${s}ью`]],
    ],
  },
};

function obliqueForms(name: string, gender: 'm' | 'f', language: 'uk' | 'ru'): Oblique {
  const changed = (language === 'uk' ? UK_ALTERNATING : RU_FLEETING)[name];
  if (changed && gender === 'm') return DECLENSIONS[language].m[DECLENSIONS[language].m.length - 1][1](changed);
  const [ending, decline] = DECLENSIONS[language][gender].find(([e]) => e.test(name)) ?? [/$/, () => ['', '', '']];
  return decline(name.replace(ending, ''));
}

const womansAccusative = (name: string) => name.replace(/а$/, 'у').replace(/я$/, 'ю');

/** Ukrainian vocatives, how dialogue calls people: Миколо, Мирославе, Андрію, Петре, Ірино, Маріє, Олю. */
const UK_VOCATIVE: Record<'m' | 'f', [RegExp, string][]> = {
  m: [
    [/ій$/, 'ію'],
    [/[йь]$/, 'ю'],
    [/ко$/, 'ку'],
    [/о$/, 'е'],
    [/а$/, 'о'],
    [/я$/, 'ю'],
    [/[кгх]$/, '$&у'],
    [/$/, 'е'],
  ],
  f: [
    [/ія$/, 'іє'],
    [/я$/, 'ю'],
    [/а$/, 'о'],
    [/ов$/, 'ове'],
  ],
};

function ukrainianVocative(name: string, gender: 'm' | 'f'): string {
  const stem = gender === 'm' ? (UK_ALTERNATING[name] ?? name) : name;
  const rule = UK_VOCATIVE[gender].find(([ending]) => ending.test(stem));
  return rule ? stem.replace(rule[0], rule[1]) : '';
}

function buildReadings(language: 'uk' | 'ru'): Map<string, GivenNameReading[]> {
  const readings = new Map<string, GivenNameReading[]>();
  const addReading = (form: string, reading: GivenNameReading) => {
    if (!form) return;
    const list = readings.get(form) ?? [];
    if (!list.some((r) => r.nominative === reading.nominative && r.grammaticalCase === reading.grammaticalCase))
      list.push(reading);
    readings.set(form, list);
  };
  const lists = GIVEN_NAMES[language];
  // A familiar form the lists carry themselves (Оленка, Марійка) is a name of its own there.
  const listed = new Set([...lists.men, ...lists.women]);
  const withFamiliar = (names: string[], gender: 'm' | 'f'): [string, string?][] =>
    names.flatMap((name) => [
      [name],
      ...(language === 'uk'
        ? ukrainianDiminutives(name, gender)
            .filter((form) => !listed.has(form))
            .map((form): [string, string] => [form, name])
        : []),
    ]);
  for (const [gender, names] of [
    ['m', withFamiliar(lists.men, 'm')],
    ['f', withFamiliar(lists.women, 'f')],
  ] as const)
    for (const [nominative, familiarOf] of names) {
      const add = (form: string, reading: Omit<GivenNameReading, 'familiarOf'>) =>
        addReading(form, familiarOf ? { ...reading, familiarOf } : reading);
      add(nominative, { nominative, gender, grammaticalCase: 'nom' });
      const [gen, dat, ins] = obliqueForms(nominative, gender, language);
      add(gen, { nominative, gender, grammaticalCase: 'gen' });
      add(dat, { nominative, gender, grammaticalCase: 'dat' });
      add(ins, { nominative, gender, grammaticalCase: 'ins' });
      // A man's accusative is his genitive, unless his name ends in -а or -я as a woman's does: Анну, Марію, Миколу.
      if (gender === 'f' || /[ая]$/.test(nominative))
        add(womansAccusative(nominative), { nominative, gender, grammaticalCase: 'acc' });
      // Only a vocative of its own form: Андрію and Олю are read as the dative and accusative they also are.
      const vocative = language === 'uk' ? ukrainianVocative(nominative, gender) : '';
      if (!readings.get(vocative)?.some((r) => r.nominative === nominative))
        add(vocative, { nominative, gender, grammaticalCase: 'voc' });
      // Ukrainian men's dative has two forms: Іванові and Івану, Петрові and Петру.
      if (language === 'uk' && gender === 'm' && /ові$/.test(dat))
        add(dat.replace(/ові$/, 'у'), { nominative, gender, grammaticalCase: 'dat' });
    }
  return readings;
}

const READINGS = { uk: buildReadings('uk'), ru: buildReadings('ru') };

const fold = (word: string) => word.toLowerCase().replace(/[’ʼ`]/g, "'");

/** Every reading of a word as a Ukrainian or Russian given name; none for other words and languages. */
export function givenNameReadings(word: string, language: string): readonly GivenNameReading[] {
  if (language !== 'uk' && language !== 'ru') return [];
  return READINGS[language].get(fold(word)) ?? [];
}

/**
 * The one reading a given-name word allows, or null when it has none or several that disagree on the name or the
 * case: Олександра is a woman in the nominative or a man in the genitive, Марії a genitive or a dative.
 */
export function givenNameReading(word: string, language: string): GivenNameReading | null {
  const readings = givenNameReadings(word, language);
  if (readings.length === 0) return null;
  const [first] = readings;
  return readings.every((r) => r.nominative === first.nominative && r.grammaticalCase === first.grammaticalCase)
    ? first
    : null;
}

/** The given name as written, in the nominative, keeping the writer's capital and apostrophe. */
export function givenNameNominative(word: string, reading: GivenNameReading): string {
  const apostrophe = /[’ʼ`']/.exec(word)?.[0] ?? "'";
  const nominative = reading.nominative.replace(/'/g, apostrophe);
  return word.charAt(0) + nominative.slice(1);
}

/** The full given name a familiar form is made from (Петрусем → петро); null for other words or when readings differ. */
export function familiarBase(word: string, language: string): string | null {
  const bases = new Set(givenNameReadings(word, language).map((r) => r.familiarOf));
  const [base] = bases;
  return bases.size === 1 && base ? base : null;
}

/** Whether a word is a given name in any of its forms: Ігоря, Марии, Kate. */
export const isGivenName = (word: string, language: string) =>
  language === 'en' ? ENGLISH_GIVEN_NAMES.has(word.toLowerCase()) : givenNameReadings(word, language).length > 0;
