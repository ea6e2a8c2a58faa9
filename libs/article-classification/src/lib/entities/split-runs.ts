import { endingPattern } from '@newsflow/article-text';

import { surfaceOf } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { givenNameReadings, isGivenName } from './given-names';
import { NameRun } from './name-runs';

/** A patronymic in any case form: Олексійович, Петрівною, Феликсовича. */
const PATRONYMIC = /(?:ович|евич|йович|івн|ївн|овн|евн|ичн)\p{L}{0,3}$/u;
const SLAVIC = new Set(['uk', 'ru']);
export const isPatronymic = (part: string) => PATRONYMIC.test(part.toLowerCase());
const SURNAME_SHAPE = endingPattern('surname', ['uk', 'ru']);
const CYRILLIC = /^\p{Script=Cyrillic}+$/u;

const sub = (run: NameRun, from: number, to: number): NameRun => ({
  first: run.first + from,
  last: run.first + to,
  parts: run.parts.slice(from, to + 1),
  surface: run.parts.slice(from, to + 1).join(' '),
});

/**
 * A Ukrainian or Russian name has two parts, or three with a patronymic. A third part without one is a word glued
 * on in front (Київради Віталій Павлик, Олігарх Ігор Коломойський); four are two people in a row (Арсен Аваков
 * Ігор Котвіцький). Hyphenated parts count as one, so runs of hyphenated names are left whole.
 */
export function splitNameRun(run: NameRun, language: string): NameRun[] {
  if (!SLAVIC.has(language) || run.parts.length !== run.last - run.first + 1) return [run];
  if (twoPeopleBeforePatronymic(run.parts, language)) return [sub(run, 0, 0), sub(run, 1, 2)];
  if (run.parts.some((p) => isPatronymic(p) || isInitial(p))) return [run];
  if (obliqueWordBeforeGivenName(run.parts, language)) return [sub(run, 1, 1)];
  if (run.parts.length === 3 && gluedBehind(run.parts, language)) return [sub(run, 0, 1)];
  if (run.parts.length === 3) return gluedInFront(run.parts, language) ? [sub(run, 1, 2)] : [run];
  if (run.parts.length === 4) return [sub(run, 0, 1), sub(run, 2, 3)];
  return [run];
}

/**
 * The first of three parts is a word glued on when a given name follows it (Київради Віталій Павлик) or when none of
 * them is one the lexicon knows as a first name, except where the run is a foreign name of three (Пан Ги Мун, Карл
 * Хенрик Сванберг): then the first part is a given name, or no part ends like a Slavic surname.
 */
function gluedInFront(parts: string[], language: string): boolean {
  if (isGivenName(parts[1], language)) return !isGivenName(parts[0], language);
  if (isGivenName(parts[0], language)) return false;
  return SURNAME_SHAPE.test(parts[2].toLowerCase());
}

/** One person's first name, then another's name and patronymic: Христину Теодозія Борисівна. */
const twoPeopleBeforePatronymic = (parts: string[], language: string) =>
  parts.length === 3 && isPatronymic(parts[2]) && isGivenName(parts[0], language) && isGivenName(parts[1], language);

/** A name and the next person's first name: Віталія Хомутинніка Юрієм. */
const gluedBehind = (parts: string[], language: string) =>
  isGivenName(parts[0], language) && !isGivenName(parts[1], language) && isGivenName(parts[2], language);

/** A single capital letter and a full stop: the initials of М. Кропивницький or М. С. Грушевський. */
function isInitialAt(tokens: Token[], text: string, k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return (
    t !== undefined &&
    next !== undefined &&
    t.text.length === 1 &&
    /\p{Lu}/u.test(t.text) &&
    /^ ?\. ?$/.test(text.slice(t.end, next.start))
  );
}

/**
 * The run with the initials written before it (unless they follow a lone name word, given as loneWordEnds), or, for a lone surname, the two written after it as registers and
 * orders do (Поповою С. Т., Лагуту Я. М.); else the run as it is.
 */
export function withInitials(
  run: NameRun,
  tokens: Token[],
  text: string,
  loneWordEnds: ReadonlySet<number> = new Set(),
): NameRun {
  let first = run.first;
  while (first > 0 && first > run.first - 3 && isInitialAt(tokens, text, first - 1)) first -= 1;
  if (first === run.first) return withInitialsAfter(run, tokens, text);
  // Two initials right after a lone name word are that surname's (Смєшко І. П. Окрім…), not the next word's.
  const before = tokens[first - 1];
  if (
    run.first - first === 2 &&
    before &&
    loneWordEnds.has(before.index) &&
    /^\s+$/.test(text.slice(before.end, tokens[first].start))
  )
    return run;
  const initials = initialsAsWritten(tokens, text, first, run.first);
  return { first, last: run.last, parts: [...initials, ...run.parts], surface: surfaceOf(tokens, first, run.last) };
}

/** Only the word right before such initials is the surname; a word before it is glued on (Кіровограда Поповою С. Т.). */
function withInitialsAfter(run: NameRun, tokens: Token[], text: string): NameRun {
  const [given, patronymic] = [run.last + 1, run.last + 2];
  const surname = run.parts[run.parts.length - 1];
  if (run.parts.length > 2 || run.first !== run.last - run.parts.length + 1) return run;
  if (!tokens[given]?.spaceBefore || !CYRILLIC.test(surname)) return run;
  if (!isInitialAt(tokens, text, given) || !isInitialAt(tokens, text, patronymic)) return run;
  const initials = initialsAsWritten(tokens, text, given, patronymic + 1);
  return {
    first: run.last,
    last: patronymic,
    parts: [surname, ...initials],
    surface: surfaceOf(tokens, run.last, patronymic),
  };
}

/** Initials written together stay together (А.Н. Чилингаров), as the article and its readers write them. */
function initialsAsWritten(tokens: Token[], text: string, from: number, to: number): string[] {
  const initials: string[] = [];
  for (let k = from; k < to; k += 1) {
    const glued = k > from && text.slice(tokens[k - 1].end, tokens[k].start) === '.';
    if (glued) initials[initials.length - 1] += `${tokens[k].text}.`;
    else initials.push(`${tokens[k].text}.`);
  }
  return initials;
}

export const isInitial = (part: string) => /^(?:\p{Lu}\.)+$/u.test(part);

/** Runs split only by one or two initials are one name: James W. Hoyt, Paul D. MacLean. */
export function joinMiddleInitials(runs: NameRun[], tokens: Token[], text: string): NameRun[] {
  const joined: NameRun[] = [];
  for (const run of runs) {
    const previous = joined[joined.length - 1];
    // A lone surname before two initials is written surname first (Васильєвою Т. І.); what follows is the next sentence.
    const surnameFirst = previous?.parts.length === 1 && run.first - previous.last - 1 === 2;
    if (previous && previous.parts.length <= 2 && !surnameFirst && onlyInitialsBetween(previous, run, tokens, text)) {
      const initials = initialsAsWritten(tokens, text, previous.last + 1, run.first);
      joined[joined.length - 1] = {
        first: previous.first,
        last: run.last,
        parts: [...previous.parts, ...initials, ...run.parts],
        surface: surfaceOf(tokens, previous.first, run.last),
      };
    } else joined.push(run);
  }
  return joined;
}

function onlyInitialsBetween(left: NameRun, right: NameRun, tokens: Token[], text: string): boolean {
  const gap = right.first - left.last - 1;
  if (gap < 1 || gap > 2 || !tokens[left.last + 1].spaceBefore) return false;
  for (let k = left.last + 1; k < right.first; k += 1) if (!isInitialAt(tokens, text, k)) return false;
  return tokens[left.first].paragraph === tokens[right.first].paragraph;
}

/**
 * A word in an oblique case before a given name in the nominative is the end of the phrase before it, not a surname
 * written first: прибув із Заходу Марко, подякував Гетьманові Андрій. A name's parts share their case.
 */
const OBLIQUE_NOUN = /(?:ого|ому|ові|еві|ою|ею|[стрд]у)$/;
function obliqueWordBeforeGivenName(parts: string[], language: string): boolean {
  if (language !== 'uk' || parts.length !== 2 || isGivenName(parts[0], language)) return false;
  const readings = givenNameReadings(parts[1], language);
  return (
    OBLIQUE_NOUN.test(parts[0].toLowerCase()) &&
    readings.length > 0 &&
    readings.every((r) => r.grammaticalCase === 'nom')
  );
}
