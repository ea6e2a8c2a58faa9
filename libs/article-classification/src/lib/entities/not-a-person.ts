import { Token } from '../text/tokenize';
import { ENGLISH_COMMON_WORDS, ENGLISH_GIVEN_NAMES } from './data/english-words';
import { isGivenName } from './given-names';
import { NameRun } from './name-runs';

/**
 * Context that marks a capitalised run as a title, a work or a place rather than a person, whatever its shape:
 * quoted whole (« Іван Підкова », " The Kill "), led by an article (the Western Front, a Beautiful Lie) or a
 * possessive inside it (Grant's Overland Campaign, Howe's Brigade).
 */
const QUOTE_OPEN = /[«"“„]\s*$/;
const QUOTE_CLOSE = /^\s*[»"”“]/;
const ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'our']),
  fr: new Set(['le', 'la', 'les', 'un', 'une', 'du', 'des', 'au', 'aux']),
};
const POSSESSIVE = /['’]s?$/;

export function isQuotedTitle(run: NameRun, tokens: Token[], text: string): boolean {
  const before = text.slice(Math.max(0, tokens[run.first].start - 3), tokens[run.first].start);
  const after = text.slice(tokens[run.last].end, tokens[run.last].end + 3);
  return QUOTE_OPEN.test(before) && QUOTE_CLOSE.test(after);
}

/**
 * The tail of a name in quotes or joined by a hyphen to the word before it («СТС Медиа», Газпром-Медиа) belongs to an
 * organisation or a work whose head is that word.
 */
export function tailOfQuotedName(run: NameRun, tokens: Token[], text: string): boolean {
  const first = tokens[run.first];
  if (first.hyphenBefore) return true;
  const from = tokens[Math.max(0, run.first - 2)].start;
  const after = text.slice(tokens[run.last].end, tokens[run.last].end + 3);
  return (
    QUOTE_CLOSE.test(after) &&
    /[«"“„]/.test(text.slice(from, first.start)) &&
    !QUOTE_OPEN.test(text.slice(from, first.start))
  );
}

export function followsArticle(run: NameRun, tokens: Token[], language: string): boolean {
  const previous = tokens[run.first - 1];
  return previous !== undefined && tokens[run.first].spaceBefore && (ARTICLES[language]?.has(previous.norm) ?? false);
}

/** Streets named after people: вул. Олеся Гончара, вулиці Шевченка, ул. Ленина, проспекту Бандери. */
const STREET_WORDS = new Set(
  'вул вулиця вулиці вулицю вулиць вулицею просп проспект проспекту проспекті пров провулок провулку бульв бульвар бульвару пл площа площі площу ул улица улицы улице улицу проспекта переулок переулка'.split(
    ' ',
  ),
);

/** Kinds of place that stand before a place's name: города Немуро, столицы Вены, місто Біла Церква, річки Стугна. */
const PLACE_KINDS = new Set(
  (
    'город города городе городу городом городов село села селе селу селом деревня деревни деревне поселок поселка ' +
    'посёлок посёлка столица столицы столице столицу река реки реке озеро озера остров острова района ' +
    'місто міста місті містом міст село села селі селом селища селище смт столиця столиці столицю річка річки ' +
    'річці річку озеро озера острів острова району'
  ).split(' '),
);

export function followsPlaceKind(run: NameRun, tokens: Token[]): boolean {
  const previous = tokens[run.first - 1];
  return previous !== undefined && PLACE_KINDS.has(previous.norm);
}

export function followsStreetWord(run: NameRun, tokens: Token[]): boolean {
  const previous = tokens[run.first - 1];
  return previous !== undefined && STREET_WORDS.has(previous.norm);
}

/**
 * English teams and bands are named in the plural (Buffalo Bisons, Coast Eagles, Jesus Jones); without a known given
 * name before it, a last word in -s is rarely a surname.
 */
export const endsInPlural = (parts: string[], language: string) =>
  language === 'en' && /[^s'’]s$/.test(parts[parts.length - 1]);

/** A possessive before the last word names something that person owns or leads, not the person. */
export const hasInnerPossessive = (run: NameRun, language: string) =>
  language === 'en' && run.parts.slice(0, -1).some((p) => POSSESSIVE.test(p));

/** Kanye West's → Kanye West. */
export const withoutPossessive = (parts: string[], language: string) =>
  language === 'en' ? parts.map((p, i) => (i === parts.length - 1 ? p.replace(/['’]s$/, '') : p)) : parts;

/** A run with a common noun or adjective in it is a title, band, team or place: Linkin Park, Good Day, Южной Кореи. */
export const hasCommonWord = (parts: string[], language: string) =>
  (language === 'en' && parts.some((p) => isCommonEnglish(p.toLowerCase()))) ||
  hasAbstractNoun(parts, language) ||
  ((language === 'uk' || language === 'ru') && parts.some((p) => ADJECTIVE_IN_OI.test(p.toLowerCase())));

/**
 * Ukrainian and Russian endings of abstract nouns and of bodies' compounds (Федерации, Інспекції, Незалежності,
 * Отечества, Управління, Департамент, Київради, Ощадбанку), which
 * no surname has and which a role's organisation often carries (директор Ассоциации). Given names that end so
 * (Евгения, Ксения) are not counted.
 */
const ABSTRACT_NOUN =
  /(?:ц(?:ия|ии|ию|ией|ія|ії|ію|ією)|..ост(?:ь|и|ью|і|ей)|..іст(?:ь|ю)|еств[оаеу]|ств(?:о|а|у|ом|і)|ени(?:е|я|ю|ем)|нн(?:я|ю|ям)|мент(?:а|у|ом|і)?|...рад[аиіу]|..банк(?:а|у|ом|і)?)$/;

export const hasAbstractNoun = (parts: string[], language: string) =>
  (language === 'uk' || language === 'ru') &&
  parts.some((p) => ABSTRACT_NOUN.test(p.toLowerCase()) && !isGivenName(p, language));

/** Adjectives in -ной, -кой (Южной Кореи, Великой Отечественной); -иной and -ской are women's surnames (Фоминой). */
const ADJECTIVE_IN_OI = /(?:[^иы]ной|[^сцк]кой)$/;

/**
 * English derivational endings of abstract nouns and adjectives, which surnames lack: Quantitative Biology, Medical
 * Faculty, Communal Constituency. The lexicon holds only the common words compromise cannot guess by such endings.
 */
const COMMON_ENDING = /.{3}(?:ical|ology|ation|tion|sion|ment|ness|ity|ship|ative|ive|ism|ics|ency|ium)$/;

const isCommonEnglish = (word: string) =>
  ENGLISH_COMMON_WORDS.has(word) || (COMMON_ENDING.test(word) && !ENGLISH_GIVEN_NAMES.has(word));
