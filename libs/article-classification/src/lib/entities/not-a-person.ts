import { Token } from '../text/tokenize';
import { ENGLISH_COMMON_WORDS, ENGLISH_GIVEN_NAMES } from './data/english-words';
import { isGivenName } from './given-names';
import { isInstitutionHead } from './institution-orgs';
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

/**
 * A name after імені, ім., имени is the namesake of a body or a street (університет імені Тараса Шевченка, ім. Івана
 * Огієнка), not a person the text is about.
 */
export function followsNamesakeWord(run: NameRun, tokens: Token[], text: string): boolean {
  const previous = tokens[run.first - 1];
  if (!previous) return false;
  if (previous.norm === 'імені' || previous.norm === 'имени') return true;
  return (
    (previous.norm === 'ім' || previous.norm === 'им') &&
    /^\s*\.\s*$/.test(text.slice(previous.end, tokens[run.first].start))
  );
}

/**
 * After a street word, or in a list of streets that one opens: вулиці Городоцьку, Коперника та Б. Хмельницького; вул.
 * Чехова, Сурікова, Івана Франка. Walks back over capitalised words, numbers, initials, commas and "і", "та" within
 * the sentence.
 */
export function followsStreetWord(run: NameRun, tokens: Token[], text: string): boolean {
  let lowercaseInRow = 0;
  for (let k = run.first - 1; k >= Math.max(0, run.first - STREET_LIST_REACH); k -= 1) {
    const t = tokens[k];
    if (STREET_WORDS.has(t.norm)) return true;
    const gap = text.slice(t.end, tokens[k + 1].start);
    const listed = t.capitalised || /^\d/.test(t.text) || LIST_JOINERS.has(t.norm);
    // A list of streets may hold a lower-case word or two (б-р Шевченка, 30 років Перемоги), never a clause.
    lowercaseInRow = listed ? 0 : lowercaseInRow + 1;
    if (lowercaseInRow > 2 || /[!?\n]/.test(gap) || (gap.includes('.') && t.text.length > 1)) return false;
  }
  return false;
}
const STREET_LIST_REACH = 150;
const LIST_JOINERS = new Set(['і', 'й', 'та', 'и']);

/**
 * English teams and bands are named in the plural (Buffalo Bisons, Coast Eagles, Jesus Jones); without a known given
 * name before it, a last word in -s is rarely a surname.
 */
export const endsInPlural = (parts: string[], language: string) =>
  language === 'en' && /[^s'’]s$/.test(parts[parts.length - 1]);

/** A possessive before the last word names something that person owns or leads, not the person. */
export const hasInnerPossessive = (run: NameRun, language: string) =>
  language === 'en' && run.parts.slice(0, -1).some((p) => POSSESSIVE.test(p));

/**
 * A given name and surname before a possessive are the owner of what follows (Lena Hart's Blue Parrot): the owner is
 * the person. A lone word there is as often a place or a body (Grant's Overland Raid) and keeps the run whole.
 */
export function ownerBeforePossessive(run: NameRun, language: string): NameRun {
  if (language !== 'en' || run.parts.length !== run.last - run.first + 1) return run;
  const owner = run.parts.findIndex((p, i) => i < run.parts.length - 1 && /['’]s$/.test(p));
  if (owner < 1 || !isGivenName(run.parts[0], language)) return run;
  const parts = run.parts.slice(0, owner + 1);
  return { first: run.first, last: run.first + owner, parts, surface: parts.join(' ') };
}

/** Kanye West's → Kanye West. */
export const withoutPossessive = (parts: string[], language: string) =>
  language === 'en' ? parts.map((p, i) => (i === parts.length - 1 ? p.replace(/['’]s$/, '') : p)) : parts;

/** A run with a common noun or adjective in it is a title, band, team or place: Linkin Park, Good Day, Южной Кореи. */
/** Every word a common English word: Velvet Revolver, Silver Lining. */
export const allCommonEnglish = (parts: string[]) => parts.every((p) => isCommonEnglish(p.toLowerCase()));

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
  parts.some(
    (p) =>
      (ABSTRACT_NOUN.test(p.toLowerCase()) || CLIPPED_BODY.test(p.toLowerCase()) || ABBREVIATION_WITH_ENDING.test(p)) &&
      !isGivenName(p, language),
  );

/**
 * State bodies are clipped compounds of a fixed first element (Держгеокадастру, Мінмолодьспорту, Нацгвардії,
 * Минфина, Госдумы), which a surname does not open; Держ- before -ав is Державін.
 */
const CLIPPED_BODY =
  /^(?:держ(?!ав)|госу?(?:дум|нац|стат|совет|комит|корп|регистр|дума)|м[іи]н(?:фін|фин|юст|оборон|екон|энерг|енерг|агро|культ|молод|соц|регіон|регион|інфра|инфра|освіт|доход|транс|закорд|інформ|цифр|вет|охорон|здрав|природ|палив|аграр|пром|зв|стро|спорт|труд|прос|сельхоз|обр|рег)|нац(?:гвард|банк|пол|агент|рад|ком|бюро|служб|корп))/;

/** An abbreviation with a case ending is a body, never a name: ФОПа, ДТЕКу, МВСу. */
const ABBREVIATION_WITH_ENDING = /^\p{Lu}{2,}\p{Ll}{1,3}$/u;

/** Adjectives in -ной, -кой (Южной Кореи, Великой Отечественной); -иной and -ской are women's surnames (Фоминой). */
const ADJECTIVE_IN_OI = /(?:[^иы]ной|[^сцк]кой)$/;

/**
 * English derivational endings of abstract nouns and adjectives, which surnames lack: Quantitative Biology, Medical
 * Faculty, Communal Constituency. The lexicon holds only the common words compromise cannot guess by such endings.
 */
const COMMON_ENDING = /.{3}(?:ical|ology|ation|tion|sion|ment|ness|ity|ship|ative|ive|ism|ics|ency|ium)$/;

const isCommonEnglish = (word: string) =>
  ENGLISH_COMMON_WORDS.has(word) || (COMMON_ENDING.test(word) && !ENGLISH_GIVEN_NAMES.has(word));

/**
 * A lone capitalised word that names a kind of body or unit is that body, capitalised as its name's head, even after a
 * role (керівник Групи, директор Будинку творчості, голова Секретаріату, начальника Відділу).
 */
const UNIT_NOUN =
  /^(?:груп|будин(?:ок|к)|секретаріат|секретариат|ресторан|відділ|отдел|рух|движени|програм|колегі|коллеги|штаб|офіс|офис|апарат|кафедр|факультет|редакці|редакци|філі|фили|трест|холдинг|концерн|клуб|колектив|коллектив|бюро|осередк|осередок|управ|церкв|церков|собор|храм|монастир)(?:а|и|і|у|ю|ом|ою|ів|ам|ах|е|ей|ы)?$/;

export const isLoneBodyNoun = (parts: string[], language: string) =>
  (language === 'uk' || language === 'ru') &&
  parts.length === 1 &&
  (isInstitutionHead(parts[0].toLowerCase()) || UNIT_NOUN.test(parts[0].toLowerCase()));
