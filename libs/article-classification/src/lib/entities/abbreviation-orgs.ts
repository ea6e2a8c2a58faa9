import { stopwordsFor } from '../keywords/stopwords';
import { COUNTRY_FORMS } from '../places/data/country-forms';
import { LexiconMatch, surfaceOf } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { NOT_ORGANISATION_ABBREVIATIONS } from './data/not-organisation-abbreviations';
import { FoundOrgs, OrgText, withCountry } from './found-orgs';
import { leadsHeadPhrase } from './head-phrase-orgs';
import { CYRILLIC_LEGAL_FORMS } from './legal-form-orgs';
import { OrganisationTally } from './organisation-tally';

/**
 * Bodies outside the lexicon that are written as capital-letter abbreviations (АМКУ, ЛДПР, NCAA, ТНК-ВР) or, in
 * Cyrillic, with a capital inside the word (ПриватБанк, ВКонтакте). Countries, known organisations and other
 * detectors' finds are blocked before this runs; what is left is still not always a body, so the weight is low.
 */
const MAX_LETTERS = 6;
const ROMAN_NUMERAL = /^[IVXLCМХІ]+$/u;
const CYRILLIC_CAMEL = /^[А-ЯЁІЇЄҐ][а-яёіїєґ']+[А-ЯЁІЇЄҐ]/u;
const WEIGHT = 0.45;
/** A legal form without its name (ТОВ, LLC) or a country's abbreviation (США) is not a body of its own. */
const NEVER = new Set([
  ...CYRILLIC_LEGAL_FORMS.toLowerCase().split('|'),
  ...['ltd', 'llc', 'plc', 'inc', 'corp', 'gmbh', 'ag', 'se', 'kg', 'asa', 'llp', 'лтд'],
  ...Object.values(COUNTRY_FORMS).flatMap((forms) => forms.abbr?.toLowerCase().split(' ') ?? []),
]);

/**
 * Capitals with a number of two digits or more, or with a digit between letters, are a code for a thing (MP500,
 * МН17, JH21, EZ2DJ), not a body's name. A single digit at either end is often part of a brand or a station (MTV2,
 * 3AW, G8).
 */
export const PRODUCT_CODE = /^(?=[\p{Lu}\d]+$)(?:.*\p{L}.*\d{2}|.*\d{2}.*\p{L}|.*\p{L}\d+\p{L}.*)$/u;

function isAbbreviation(token: Token, stopwords: ReadonlySet<string>): boolean {
  if (!token.upper) return false;
  const letters = token.text.replace(/\d/g, '');
  return (
    !PRODUCT_CODE.test(token.text) &&
    letters.length >= 2 &&
    letters.length <= MAX_LETTERS &&
    !ROMAN_NUMERAL.test(token.text) &&
    !stopwords.has(token.norm) &&
    !NOT_ORGANISATION_ABBREVIATIONS.has(token.norm) &&
    !NEVER.has(token.norm)
  );
}

const SMALL_LETTER = /\p{Ll}/u;

/** Paragraphs mostly in capitals (headings, shouted verse) say nothing by their capitals. */
function shoutedParagraphs(tokens: Token[]): Set<number> {
  const words = new Map<number, number>();
  const loud = new Map<number, number>();
  for (const t of tokens) {
    words.set(t.paragraph, (words.get(t.paragraph) ?? 0) + 1);
    if (t.upper || !SMALL_LETTER.test(t.text)) loud.set(t.paragraph, (loud.get(t.paragraph) ?? 0) + 1);
  }
  return new Set([...loud].filter(([p, n]) => n * 2 >= (words.get(p) ?? 0)).map(([p]) => p));
}

/** Adjectives made from a place name: Кіровоградської, Сторожинецького, Московского. */
const PLACE_ADJECTIVE = /(?:ськ|цьк|зьк|ск|цк)(?:а|е|і|ий|ій|ого|ої|ому|ом|ое|ая|ой|ую)$/u;
const ADJECTIVE_ENDING = /(?<=ськ|цьк|зьк|ск|цк)(?:а|е|і|ий|ій|ого|ої|ому|ом|ое|ая|ой|ую)(?= )/u;

/**
 * A regional branch is named by its place's adjective before the abbreviation: Кіровоградської ОДА, Буської РДА,
 * Глибоцького ВП. The adjective may be hyphenated (Івано-Франківської) and may be a place the gazetteer knows.
 */
function branchStart(
  tokens: Token[],
  first: number,
  blocked: ReadonlySet<number>,
  places: ReadonlySet<number>,
): number {
  const free = (k: number) => !blocked.has(k) || places.has(k);
  const adjective = tokens[first - 1];
  if (!tokens[first].spaceBefore || !adjective?.capitalised || adjective.upper) return first;
  if (!PLACE_ADJECTIVE.test(adjective.norm) || !free(first - 1)) return first;
  const joinedPart = tokens[first - 2];
  return adjective.hyphenBefore && joinedPart?.capitalised && free(first - 2) ? first - 2 : first - 1;
}

/**
 * An ordinal before an abbreviation numbers the unit it names: the 41st RRF, 3rd KSR. Before a longer name it numbers
 * an event (the 12th BAFTA Craft Awards).
 */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th|d)$/;
/** Units are abbreviated short; a longer word in capitals after an ordinal is a shouted word (1st SINGLES). */
const UNIT_LETTERS = 4;
function withOrdinal(tokens: Token[], first: number, last: number, blocked: ReadonlySet<number>): number {
  const next = tokens[last + 1];
  if ((next?.spaceBefore && next.capitalised) || tokens[last].text.length > UNIT_LETTERS) return first;
  return tokens[first].spaceBefore && ORDINAL.test(tokens[first - 1]?.norm ?? '') && !blocked.has(first - 1)
    ? first - 1
    : first;
}

/**
 * In English, an abbreviation before a capitalised word with no head opens the name of an event, award or product
 * (KFC Classic, BSA Hornet, the XYZ Player of the Year): the sponsor or maker is not the subject.
 */
function opensLongerName(tokens: Token[], i: number, language: string): boolean {
  const next = tokens[i + 1];
  return language === 'en' && next !== undefined && next.spaceBefore && next.capitalised && !next.sentenceStart;
}

/**
 * A club's mark after its name is part of it, town and all: Leeds HC, Kestrel Rovers FC (up to three capitalised
 * words).
 */
const CLUB_MARKS_AFTER = new Set(['fc', 'afc', 'hc', 'rfc', 'cf', 'sc']);
function clubStart(tokens: Token[], first: number, free: (k: number) => boolean): number {
  if (!CLUB_MARKS_AFTER.has(tokens[first].norm)) return first;
  let start = first;
  while (
    first - start < 3 &&
    tokens[start].spaceBefore &&
    tokens[start - 1]?.capitalised &&
    !tokens[start - 1].upper &&
    free(start - 1)
  )
    start -= 1;
  return start;
}

/** Performers' titles: capitals after them are a stage name (DJ KOOL, MC RENE), not a body. */
const STAGE_TITLES = new Set(['dj', 'mc']);
const stageName = (tokens: Token[], i: number) => tokens[i].spaceBefore && STAGE_TITLES.has(tokens[i - 1]?.norm ?? '');

export function findAbbreviationOrgs({ tokens, blocked, language, places = new Set() }: OrgText): FoundOrgs {
  const stopwords = stopwordsFor(language);
  const spans: LexiconMatch<null>[] = [];
  const shouted = shoutedParagraphs(tokens);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (blocked.has(i) || shouted.has(token.paragraph)) continue;
    if (CYRILLIC_CAMEL.test(token.text)) {
      spans.push({ value: null, first: i, last: i, surface: token.text });
      continue;
    }
    if (
      !isAbbreviation(token, stopwords) ||
      leadsHeadPhrase(tokens, i) ||
      opensLongerName(tokens, i, language) ||
      stageName(tokens, i)
    )
      continue;
    // Parts joined by hyphens are one name: ТНК-ВР; one of them already known makes the whole known (ИТАР-ТАСС).
    let last = i;
    while (tokens[last + 1]?.hyphenBefore && tokens[last + 1].upper) last += 1;
    if ([...Array(last - i + 1).keys()].some((d) => blocked.has(i + d))) {
      i = last;
      continue;
    }
    const first = clubStart(
      tokens,
      withOrdinal(tokens, branchStart(tokens, i, blocked, places), last, blocked),
      (k) => !blocked.has(k) || places.has(k),
    );
    const end = withCountry(tokens, last, places);
    spans.push({ value: null, first, last: end, surface: surfaceOf(tokens, first, end) });
    i = end;
  }
  const tally = new OrganisationTally(language, WEIGHT, 'other');
  // A branch recurs in other cases of its adjective (Смілянське ЛГ, Смілянського ЛГ): the stem keys it.
  for (const span of spans) tally.add(span.surface, span.surface.toLowerCase().replace(ADJECTIVE_ENDING, ''));
  return { organisations: tally.organisations(), spans };
}
