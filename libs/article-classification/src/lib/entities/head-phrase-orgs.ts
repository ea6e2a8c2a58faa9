import { isCyrillic } from '@newsflow/article-text';

import { stopwordsFor } from '../keywords/stopwords';
import { isTownName } from '../places/detect-places';
import { LexiconMatch, surfaceOf } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { OrganisationMention } from '../types';
import { ENGLISH_GIVEN_NAMES } from './data/english-words';
import { NOT_NAME_WORDS } from './data/roles';
import { OrganisationTally } from './organisation-tally';

/** Head words that make a capitalised phrase an organisation's proper name (European Research Council, Назарбаев Университет). */
const LATIN_HEADS = new Set(
  (
    'council university institute agency office bank court commission committee foundation party parties ministry department service fund union ' +
    'group company corporation association school college hospital museum forces army authority board bureau organisation organization federation ' +
    'league conference club society movement mission alliance coalition front assembly congress parliament senate government administration ' +
    'police guard navy corps command division fleet wing squadron brigade regiment battalion laboratory laboratories library gallery ' +
    'records studios entertainment pictures publishing press media broadcasting network radio television channel news times airlines airways ' +
    'railway railways motors industries holdings partners capital exchange orchestra band scouts hotel theatre theater centre center ' +
    'academy trust universität hochschule stiftung verband gericht behörde kommission partei université agence conseil banque cour tribunal ' +
    'fondation institut uniwersytet instytut fundacja partia sąd urząd komisja ' +
    'force airport institution works lines diocese church cathedral brotherhood confederation recordings ' +
    // Newspapers are named by town and masthead: Leeds Examiner, Kent Courier, Salt Lake Tribune.
    'chronicle herald tribune gazette telegraph observer examiner courier inquirer sentinel dispatch statesman ' +
    // A base is run like an airport, which is a head already: Ramstein Air Base, Naval Base Kitsap.
    'base'
  ).split(' '),
);
const CYRILLIC_HEAD_STEMS = [
  'університет',
  'университет',
  'інститут',
  'институт',
  'академі',
  'академи',
  'агентств',
  'комітет',
  'комитет',
  'комісі',
  'комисси',
  'фонд',
  'парті',
  'парти',
  'банк',
  'корпораці',
  'корпораци',
  'асоціаці',
  'ассоциаци',
];
const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'des', 'der', 'für', 'i', 'и', 'і', 'la', 'le']);
/** "of the" may join a name (University of the Witwatersrand); "the" alone may not. */
const SECOND_CONNECTORS = new Set(['the']);
const FIELD_CONNECTORS = new Set(['of', 'for']);
/** Teams and bands are plural names after "the": the Toronto Blue Jays, the Falcons, the Rolling Stones. */
const PLURAL_NAME = /[^su']s$/;
const POSSESSIVE = /['’]s$/;
/** Room for a post before the name it is held in: Secretary of the New Jersey Department of Public Safety. */
const MAX_PHRASE_TOKENS = 10;
const WEIGHT = 0.45;

function isHead(token: Token): boolean {
  return (
    LATIN_HEADS.has(token.norm) ||
    CLUB_MARKS.has(token.norm) ||
    CYRILLIC_HEAD_STEMS.some((stem) => token.norm.startsWith(stem))
  );
}

const LATIN_ABBREVIATION = /^[A-Z][A-Z&]+$/;
/** Sports clubs written with their kind first: FC Basel, AC Milan, HC Dynamo. */
const CLUB_MARKS = new Set(['fc', 'afc', 'ac', 'cf', 'sc', 'hc', 'fk', 'sk']);

/**
 * A Latin abbreviation right before a capitalised phrase with a head is the first word of that name, not a body of
 * its own: MAC East Division, NCAA Division II, SAFRA Radio.
 */
export function leadsHeadPhrase(tokens: Token[], i: number): boolean {
  if (!LATIN_ABBREVIATION.test(tokens[i].text)) return false;
  const next = tokens[i + 1];
  if (CLUB_MARKS.has(tokens[i].norm)) return next?.spaceBefore === true && next.capitalised && !next.sentenceStart;
  for (let k = i + 1; k < tokens.length && k - i <= 3; k += 1) {
    const t = tokens[k];
    if (!t.spaceBefore || !t.capitalised || t.upper || t.sentenceStart) return false;
    if (isHead(t)) return true;
  }
  return false;
}

/**
 * A sentence-initial word is capitalised anyway: it is dropped when it is a function word (The), or, in
 * sentence-case Cyrillic text, when the rest still names an organisation (Дослідники | Назарбаев Університету).
 */
function startOfName(tokens: Token[], first: number, last: number, stopwords: ReadonlySet<string>): number {
  const token = tokens[first];
  if (!token.sentenceStart || first === last) return first;
  if (stopwords.has(token.norm)) return first + 1;
  const rest = tokens.slice(first + 1, last + 1).filter((t) => !CONNECTORS.has(t.norm));
  return isCyrillic(token.norm) && rest.length >= 2 && rest.some(isHead) ? first + 1 : first;
}

/**
 * "and" joins two fields after "of" or "for" (Department of Physics and Astronomy, Center for Science and Culture),
 * never a place or a second body (University of Texas and Texas A&M, Institute of Art and Design School).
 */
function fieldsJoin(tokens: Token[], k: number, start: number, places: ReadonlySet<number>): boolean {
  const next = tokens[k + 1];
  return (
    tokens[k].norm === 'and' &&
    next !== undefined &&
    !places.has(next.index) &&
    !isHead(next) &&
    tokens.slice(start, k).some((t) => FIELD_CONNECTORS.has(t.norm))
  );
}

/**
 * A title or a person before "of" holds a post in the body, not its name: Secretary of | the New Jersey Department,
 * Fellow of | All Souls College, John Smith of | the Mahavishnu Orchestra. A head before "of" keeps it (Bank of Canada).
 */
function afterHolder(tokens: Token[], first: number, last: number): number {
  let of = first + 1;
  while (of <= last && !FIELD_CONNECTORS.has(tokens[of].norm)) of += 1;
  if (of > last || tokens.slice(first, of).some(isHead) || hallOfFame(tokens, first, last)) return first;
  return SECOND_CONNECTORS.has(tokens[of + 1]?.norm ?? '') ? of + 2 : of + 1;
}

/**
 * A town's name stands alone before a team's plural (Leeds Rhinos), where it is not read as a place. A town
 * that is also a given name begins a person (Gary Jones), and a plural of places is a place (Leeds Hills).
 */
const afterTown = (tokens: Token[], first: number, last: number) =>
  last > first &&
  last - first <= 3 &&
  !ENGLISH_GIVEN_NAMES.has(tokens[first].norm) &&
  !NOT_NAME_WORDS.has(tokens[last].norm) &&
  isTownName(tokens.slice(first, last).map((t) => t.norm));

/** A hall of fame is a body named by its field: Hockey Hall of Fame, National Softball Hall of Fame. */
function hallOfFame(tokens: Token[], first: number, last: number): boolean {
  for (let k = first + 2; k <= last; k += 1)
    if (tokens[k].norm === 'fame' && tokens[k - 1].norm === 'of' && tokens[k - 2].norm === 'hall') return k - 2 > first;
  return false;
}

/** A number or ordinal before a unit belongs to its name (65th Air Division, IV Corps); a year does not (2008 A-League). */
const UNIT_NUMBER = /^(?:\d{1,3}(?:st|nd|rd|th|d)?|[IVXL]+)$/;
const numberedFrom = (tokens: Token[], first: number) =>
  tokens[first].spaceBefore && UNIT_NUMBER.test(tokens[first - 1]?.text ?? '') ? first - 1 : first;

/**
 * Organisations outside the lexicon, found by shape: two or more capitalised words joined by spaces (or of/de/für),
 * one of them an organisation head word. Headlines are skipped: Title Case makes every phrase look like a name.
 */
export function findHeadPhraseOrgs(
  tokens: Token[],
  blocked: ReadonlySet<number>,
  titleParagraphs: number,
  language: string,
  places: ReadonlySet<number> = new Set(),
): { organisations: OrganisationMention[]; spans: LexiconMatch<null>[] } {
  const spans: LexiconMatch<null>[] = [];
  const stopwords = stopwordsFor(language);
  // A place inside a name is part of it: University of Texas, Washington Metropolitan Area Transit Authority.
  const canJoin = (t: Token) =>
    t.capitalised && !t.upper && (places.has(t.index) || !blocked.has(t.index)) && t.paragraph >= titleParagraphs;
  const connects = (k: number, start: number) =>
    CONNECTORS.has(tokens[k].norm) ||
    (SECOND_CONNECTORS.has(tokens[k].norm) && CONNECTORS.has(tokens[k - 1]?.norm ?? '') && tokens[k - 1].spaceBefore) ||
    fieldsJoin(tokens, k, start, places);
  let i = 0;
  const leads = (t: Token) =>
    t.upper &&
    leadsHeadPhrase(tokens, t.index) &&
    (places.has(t.index) || !blocked.has(t.index)) &&
    t.paragraph >= titleParagraphs;
  while (i < tokens.length) {
    if (!canJoin(tokens[i]) && !leads(tokens[i])) {
      i += 1;
      continue;
    }
    let last = i;
    for (let k = i + 1; k < tokens.length && k - i < MAX_PHRASE_TOKENS; k += 1) {
      const t = tokens[k];
      // A possessive ends a name: Canada's | Liberal Party.
      if ((!t.spaceBefore && !t.hyphenBefore) || POSSESSIVE.test(tokens[k - 1].text)) break;
      if (canJoin(t)) last = k;
      else if (!(
        connects(k, i) &&
        [tokens[k + 1], tokens[k + 2]].some((n, d) => n && canJoin(n) && (d === 0 || connects(k + 1, i)))
      ))
        break;
    }
    const first = afterHolder(tokens, startOfName(tokens, i, last, stopwords), last);
    const words = tokens
      .slice(first, last + 1)
      .filter((t) => !CONNECTORS.has(t.norm) && !SECOND_CONNECTORS.has(t.norm));
    // A team is a plural after a lower-case "the", after a "The" of its name mid-sentence, or after its town: the
    // Kites, by The Paper Lanterns, Leeds Rhinos, St. Paul Saints.
    const team =
      language === 'en' &&
      !places.has(last) &&
      PLURAL_NAME.test(tokens[last].norm) &&
      ((tokens[first - 1]?.norm === 'the' && !tokens[first - 1].capitalised) ||
        (tokens[first].text === 'The' && !tokens[first].sentenceStart && last > first) ||
        (!tokens[first].sentenceStart && (places.has(first) || afterTown(tokens, first, last))));
    const ownWords = words.filter((t) => !places.has(t.index));
    const start = language === 'en' ? numberedFrom(tokens, first) : first;
    const named = words.length + first - start >= 2 && (words.some(isHead) || hallOfFame(tokens, first, last));
    if (ownWords.length > 0 && (named || team)) {
      spans.push({
        value: null,
        first: start,
        last,
        surface: surfaceOf(tokens, start, last).replace(POSSESSIVE, ''),
      });
    }
    i = last + 1;
  }
  const tally = new OrganisationTally(language, WEIGHT, 'other');
  for (const span of spans) tally.add(span.surface);
  return { organisations: tally.organisations(), spans };
}
