import { LexiconMatch, surfaceOf } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { OrganisationMention } from '../types';
import { OrganisationTally } from './organisation-tally';

/**
 * Public bodies named by their kind and their qualifier, not by a list: Житомирської міської ради, Ужгородського
 * міськрайонного суду Донецької області, Міністерство охорони здоров'я, Федеральной антимонопольной службы.
 */
const HEAD_STEMS = [
  ...[
    'рад',
    'райрад',
    'облрад',
    'міськрад',
    'сільрад',
    'суд',
    'госпсуд',
    'прокуратур',
    'адміністраці',
    'держадміністраці',
  ],
  ...['облдержадміністраці', 'райдержадміністраці', 'міністерств', 'департамент', 'управлінн', 'служб', 'поліці'],
  ...['інспекці', 'комітет', 'університет', 'училищ', 'інститут', 'академі', 'агентств', 'фонд', 'парті', 'банк'],
  ...['театр', 'музе', 'бібліотек', 'лікарн', 'ліце', 'гімназі', 'коледж', 'товариств', 'спілк', 'асоціаці', 'союз'],
  ...['палат', 'комісі', 'сенат', 'конгрес', 'уряд', 'кабінет', 'міськвиконком', 'виконком', 'консерваторі'],
  ...[
    'совет',
    'дум',
    'лиг',
    'ліг',
    'администраци',
    'министерств',
    'управлени',
    'полици',
    'инспекци',
    'университет',
    'институт',
  ],
  ...['академи', 'парти', 'библиотек', 'больниц', 'обществ', 'ассоциаци', 'комисси', 'госдум', 'правительств'],
  ...['гварді', 'гварди', 'компані', 'компани', 'корпораці', 'корпораци', 'завод', 'комбінат', 'комбинат'],
  ...['підприємств', 'предприяти', 'агенци', 'агенці', 'колледж', 'школ', 'центр', 'фракці', 'фракци'],
];
/** Case endings a head may take; anything longer is another word (радник, центральний, академік). */
const CASE_ENDING = '(?:а|и|і|ї|у|ю|я|е|є|о|й|ом|ем|ою|ею|єю|ів|ям|ам|ами|ями|ах|ях|ій|ия|ии|ие|ией|ию|ой|ы|ей|ым|ях)?';
const HEAD = new RegExp(`^(?:${HEAD_STEMS.join('|')})${CASE_ENDING}$`, 'u');
/** Adjective forms in every case, Ukrainian and Russian. */
const ADJECTIVE =
  /(?:ий|ій|ого|ому|ім|им|их|ими|ої|ою|ая|яя|ое|ее|ые|ие|ых|ым|ыми|ую|ой|ей|ый|ом|ська|цька|ське|цьке|на|не|ня)$/u;
/** A lower-case genitive qualifier after a capitalised head: охорони здоров'я, закордонних справ, юстиції. */
const GENITIVE = /(?:и|ї|я|у|ю|ів|їв|ей|ов|ев|их|іх|ых|ого|ої|ой|ії|ции|тва|ння|ття|ости|ості)$/u;
/** Plural genitives with no ending at all, common in bodies' fields: Академії наук, закордонних справ. */
const ZERO_ENDING_GENITIVE = /^(?:наук|справ|відносин|отношений)$/u;
const AND = /^(?:і|и|та|й)$/u;
/** Past and present verb endings: "Міністерство заявило" has no qualifier. */
const VERB = /(?:ла|ло|ли|лася|лося|лися|лись|ть|ться|тся|ає|ує|ить|ять|ють|ует|ает|ит|ав|ив|ув|ил|ал|вся|ся|сь)$/u;
/** Administrative units that follow a place name inside a body's name: Донецької області, Московской области. */
const CITY_MARK = /^(?:м|г)$/u;
const UNIT = /^(?:області|обл|району|округу|області|области|района|округа|края|краю|республіки|республики)$/u;
const FUNCTION_WORDS = new Set([
  'і',
  'й',
  'та',
  'и',
  'в',
  'у',
  'з',
  'із',
  'на',
  'по',
  'для',
  'при',
  'від',
  'от',
  'не',
  'що',
  'что',
  'як',
  'как',
  'але',
  'но',
]);
const MAX_QUALIFIERS = 4;
/** Heads named by their field: Київської школи економіки, Національного інституту стратегічних досліджень. */
const TAKES_QUALIFIER =
  /^(?:школ|університет|інститут|академі|міністерств|служб|агентств|комітет|департамент|управлінн|университет|институт|академи|министерств|управлени)/u;
/** Heads every firm or town has, which a lone adjective does not make a name. */
const GENERIC_HEAD =
  /^(?:компані|компани|корпораці|корпораци|підприємств|предприяти|завод|комбінат|комбинат|банк|центр|школ|парті|парти)/u;
const WEIGHT = 0.5;

const isHead = (t: Token) => HEAD.test(t.norm);

/** Whether a lower-case word is the head of a body's name in some case: ради, Університету, министерства. */
export const isInstitutionHead = (norm: string) => HEAD.test(norm);
/** The words as written, with the town mark's full stop back (м. Києва). */
const spanText = (tokens: Token[], first: number, last: number) =>
  surfaceOf(tokens, first, last).replace(/(^|\s)(м|г) (?=\p{Lu})/gu, '$1$2. ');
const joined = (t: Token | undefined) => t !== undefined && (t.spaceBefore || t.hyphenBefore);

/** A capitalised place in the genitive and its unit: Донецької області, України, Москвы. */
function placeTail(tokens: Token[], after: number, places: ReadonlySet<number>): number {
  // A town after its abbreviated unit: Господарського суду м. Києва, Арбитражного суда г. Москвы.
  const town = tokens[after + 2];
  if (
    joined(tokens[after + 1]) &&
    CITY_MARK.test(tokens[after + 1].norm) &&
    town?.capitalised &&
    places.has(town.index)
  )
    return after + 2;
  const place = tokens[after + 1];
  if (!joined(place) || !place.capitalised || place.sentenceStart || isHead(place)) return after;
  const unit = tokens[after + 2];
  if (joined(unit) && UNIT.test(unit.norm)) return after + 2;
  return places.has(after + 1) ? after + 1 : after;
}

/**
 * Adjectives before a head: Житомирської міської | ради. The first is capitalised; at most a few follow in lower
 * case. A capital that only opens the sentence (Правящая партия) or a head any firm has (Львівська компанія) needs
 * more: a capitalised head, a place after it, or a second adjective.
 */
function adjectiveLed(tokens: Token[], first: number, places: ReadonlySet<number>): number | null {
  const start = tokens[first];
  if (!start.capitalised || start.upper || !ADJECTIVE.test(start.norm) || isHead(start)) return null;
  for (let k = first + 1; k < tokens.length && k <= first + MAX_QUALIFIERS; k += 1) {
    const t = tokens[k];
    if (!joined(t)) return null;
    if (isHead(t)) {
      const last = TAKES_QUALIFIER.test(t.norm) ? qualifiers(tokens, k) : k;
      const tail = placeTail(tokens, last, places);
      const weak = start.sentenceStart || GENERIC_HEAD.test(t.norm);
      return weak && !t.capitalised && tail === k && k === first + 1 ? null : tail;
    }
    if (t.capitalised || !ADJECTIVE.test(t.norm)) return null;
  }
  return null;
}

const isQualifier = (t: Token | undefined) =>
  t !== undefined &&
  joined(t) &&
  !t.capitalised &&
  !FUNCTION_WORDS.has(t.norm) &&
  !VERB.test(t.norm) &&
  (GENITIVE.test(t.norm) || ZERO_ENDING_GENITIVE.test(t.norm));

/**
 * Lower-case genitive words after a head: охорони здоров'я, економіки; never a verb or a function word. "і"/"и"/"та"
 * joins two fields of one body (Министерство образования и науки) when a genitive follows it.
 */
function qualifiers(tokens: Token[], head: number): number {
  let last = head;
  for (let k = head + 1; k < tokens.length && k <= head + MAX_QUALIFIERS; k += 1) {
    const t = tokens[k];
    if (last > head && AND.test(t.norm) && joined(t) && isQualifier(tokens[k + 1])) continue;
    if (!isQualifier(t)) break;
    last = k;
  }
  return last;
}

/**
 * A capitalised head with its qualifiers: Міністерство охорони здоров'я, Департамент культури Москви, or one
 * capitalised genitive that is its own name: Совет Федерации, Театр Вахтангова, Кабінет Міністрів.
 */
function headLed(tokens: Token[], first: number, places: ReadonlySet<number>): number | null {
  if (!isHead(tokens[first]) || !tokens[first].capitalised || tokens[first].upper) return null;
  const last = qualifiers(tokens, first);
  const tail = placeTail(tokens, last > first ? last : namedAfter(tokens, first), places);
  return tail > first ? tail : null;
}

/** A man's name in the genitive names many bodies: Театр Вахтангова, Центр Хруничева. */
const MASCULINE_GENITIVE = /[бвгдзклмнпрстфхцчшщ]а$/u;

function namedAfter(tokens: Token[], head: number): number {
  const name = tokens[head + 1];
  const own =
    name?.spaceBefore &&
    name.capitalised &&
    !name.upper &&
    !name.sentenceStart &&
    !isHead(name) &&
    !ADJECTIVE.test(name.norm) &&
    (GENITIVE.test(name.norm) || MASCULINE_GENITIVE.test(name.norm));
  return own ? head + 1 : head;
}

/**
 * A Ukrainian body named in the genitive (Київської школи економіки, Ужгородського міськрайонного суду) back to the
 * nominative: adjectives and head change, the qualifiers after the head stay genitive. Other cases stay as written.
 */
function institutionNominative(tokens: Token[], first: number, head: number, last: number): string | null {
  const adjectives = tokens.slice(first, head).map((t) => t.text);
  const headWord = tokens[head].text;
  if (adjectives.length === 0) return null;
  const feminine = adjectives.every((a) => /ої$/u.test(a)) && /(?:ії|[^аеиіоуяюєї]и)$/u.test(headWord);
  const neuter = adjectives.every((a) => /ого$/u.test(a)) && /(?:ства|ння|ття)$/u.test(headWord);
  const masculine = adjectives.every((a) => /ого$/u.test(a)) && /[^аеиіоуяюєї]у$/u.test(headWord);
  let nominative: string[];
  if (feminine)
    nominative = [...adjectives.map((a) => a.replace(/ої$/u, 'а')), headWord.replace(/ії$/u, 'ія').replace(/и$/u, 'а')];
  else if (neuter) nominative = [...adjectives.map((a) => a.replace(/ого$/u, 'е')), headWord.replace(/ства$/u, 'ство')];
  else if (masculine) nominative = [...adjectives.map((a) => a.replace(/ого$/u, 'ий')), headWord.slice(0, -1)];
  else return null;
  const rest = last > head ? ` ${spanText(tokens, head + 1, last)}` : '';
  return `${nominative.join(' ')}${rest}`;
}

/**
 * A unit of a body names the body after it in the genitive: Управління капітального будівництва | Одеської міськради,
 * Відділ освіти | Житомирської міської ради.
 */
function withParent(tokens: Token[], first: number, last: number, places: ReadonlySet<number>): number {
  // The parent's adjective may already have been read as the unit's place: Управління … Одеської | міськради.
  const fromPlace = last > first && places.has(last) ? adjectiveLed(tokens, last, places) : null;
  if (fromPlace !== null && fromPlace > last) return fromPlace;
  const parent = joined(tokens[last + 1]) ? adjectiveLed(tokens, last + 1, places) : null;
  return parent ?? last;
}

export function findInstitutionOrgs(
  tokens: Token[],
  blocked: ReadonlySet<number>,
  places: ReadonlySet<number>,
  language: string,
): { organisations: OrganisationMention[]; spans: LexiconMatch<null>[] } {
  const spans: LexiconMatch<null>[] = [];
  if (language !== 'uk' && language !== 'ru') return { organisations: [], spans };
  for (let i = 0; i < tokens.length; i += 1) {
    if (blocked.has(i)) continue;
    const own = adjectiveLed(tokens, i, places) ?? headLed(tokens, i, places);
    const last = own === null ? null : withParent(tokens, i, own, places);
    if (last === null || [...Array(last - i + 1).keys()].some((d) => blocked.has(i + d))) continue;
    spans.push({ value: null, first: i, last, surface: spanText(tokens, i, last) });
    i = last;
  }
  const tally = new OrganisationTally(language, WEIGHT, 'other');
  for (const span of spans) {
    const head = span.first + tokens.slice(span.first, span.last + 1).findIndex(isHead);
    const name =
      (language === 'uk' && head > span.first ? institutionNominative(tokens, span.first, head, span.last) : null) ??
      span.surface;
    tally.add(name);
  }
  return { organisations: tally.organisations(), spans };
}
