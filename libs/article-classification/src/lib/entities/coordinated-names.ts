import { Token } from '../text/tokenize';
import { givenNameReadings } from './given-names';
import { NameRun } from './name-runs';

/**
 * Relatives named together share one plural surname: Оксана і Олексій Кулагіни, Юрій та Наталія Козубенки, Сергей и
 * Анна Морозовы. Each is a person of their own, with the surname in the singular of their gender.
 */
const JOINERS = new Set(['і', 'й', 'та', 'и']);
type Singular = [RegExp, string, string];
/** Plural ending, the man's singular, the woman's singular. */
const SINGULARS: Record<string, Singular[]> = {
  uk: [
    [/(ов|ев|єв|ін|ин|їн)и$/, '$1', '$1а'],
    [/енки$/, 'енко', 'енко'],
    [/(ськ|цьк|зьк)і$/, '$1ий', '$1а'],
    [/([бвгґджзклмнпрстфхцчшщ'’])и$/, '$1', '$1'],
  ],
  ru: [
    [/(ов|ев|ёв|ин|ын)ы$/, '$1', '$1а'],
    [/(ск|цк)ие$/, '$1ий', '$1ая'],
  ],
};

function singular(surname: string, gender: 'm' | 'f', language: string): string | null {
  const lower = surname.toLowerCase();
  const rule = SINGULARS[language]?.find(([plural]) => plural.test(lower));
  if (!rule) return null;
  return surname.charAt(0) + lower.replace(rule[0], gender === 'm' ? rule[1] : rule[2]).slice(1);
}

/** The gender of a given name in the nominative, or null when it is none or both. */
function genderOf(word: string, language: string): 'm' | 'f' | null {
  const readings = givenNameReadings(word, language).filter((r) => r.grammaticalCase === 'nom');
  return readings.length > 0 && readings.every((r) => r.gender === readings[0].gender) ? readings[0].gender : null;
}

/** Runs with a lone given name and a given name with a plural surname after "і" made into two full names. */
export function splitCoordinatedNames(runs: NameRun[], tokens: Token[], text: string, language: string): NameRun[] {
  const result = [...runs];
  for (let i = 1; i < result.length; i += 1) {
    const [left, right] = [result[i - 1], result[i]];
    const joiner = tokens[right.first - 1];
    if (left.parts.length !== 1 || right.parts.length !== 2 || !joiner || !JOINERS.has(joiner.norm)) continue;
    if (left.last !== right.first - 2 || /[,.;:!?]/.test(text.slice(tokens[left.last].end, tokens[right.first].start)))
      continue;
    const [firstGender, secondGender] = [genderOf(left.parts[0], language), genderOf(right.parts[0], language)];
    if (!firstGender || !secondGender) continue;
    const [first, second] = [
      singular(right.parts[1], firstGender, language),
      singular(right.parts[1], secondGender, language),
    ];
    if (!first || !second) continue;
    result[i - 1] = { ...left, parts: [left.parts[0], first] };
    result[i] = { ...right, parts: [right.parts[0], second] };
  }
  return result;
}
