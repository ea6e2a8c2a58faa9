import { endingPattern, surnameKey, transliterate } from '@newsflow/article-text';

import { stopwordsFor } from '../keywords/stopwords';
import { MAX_PEOPLE } from '../limits';
import { combine } from '../text/confidence';
import { LexiconMatch, LexiconMatcher } from '../text/lexicon-matcher';
import { normaliseWord } from '../text/normalise';
import { INDEX_PREFIX, Token } from '../text/tokenize';
import { PersonMention } from '../types';
import { isAdjectiveSurname } from './adjective-surnames';
import { formsDeclinedFrom } from './base-form';
import { capsSurnames } from './caps-surnames';
import { isCompoundWordPart } from './compound-word-part';
import { splitCoordinatedNames } from './coordinated-names';
import { ATTRIBUTION_WORDS, NOT_NAME_WORDS, ROLE_TERMS, SPEECH_VERBS } from './data/roles';
import { OrgSpan } from './detect-organisations';
import { loneEnglishGivenName } from './english-given-name';
import { followsEnglishKindWord, followsModelCode, namesDatedWork, namesEnglishDay } from './english-kind-words';
import { hasLifeDates } from './english-life-dates';
import { joinQuotedNicknames } from './english-nicknames';
import { namesEnglishPlace } from './english-place-names';
import { givenNameReadAsRole } from './english-role-words';
import { withWordSurnames } from './english-word-surnames';
import { loneGivenName, lowercaseWords, withoutOpeningWord } from './given-name-runs';
import { familiarBase, givenNameNominative, givenNameReadings, isGivenName } from './given-names';
import { afterKinWord } from './kin-words';
import { listedWithPeople } from './listed-names';
import { givenNamePart, surnameIndex } from './name-order';
import { findNameRuns, NameRun } from './name-runs';
import { isNameWithAdjectiveSurname } from './name-with-adjective-surname';
import { GrammaticalCase, restoreNominative } from './nominative';
import {
  allCommonEnglish,
  endsInPlural,
  followsArticle,
  followsNamesakeWord,
  followsPlaceKind,
  followsStreetWord,
  hasAbstractNoun,
  hasCommonWord,
  hasInnerPossessive,
  isLoneBodyNoun,
  isQuotedTitle,
  ownerBeforePossessive,
  tailOfQuotedName,
  withoutPossessive,
} from './not-a-person';
import { opensSentence } from './opens-sentence';
import { afterQuotedTitle } from './quoted-title-author';
import { recurringKeys } from './recurring-names';
import { regnalNumberAfter } from './regnal-numbers';
import { buildRoleMatcher, caseOfRole, isPluralRole, namesTheField, Role } from './role-lexicon';
import { isSacredThing, sacredNameNominative } from './sacred-names';
import { isInitial, isPatronymic, joinMiddleInitials, splitNameRun, withInitials } from './split-runs';
import { afterWorkWord } from './work-words';

const ROLE_WEIGHT = 0.75;
const SPEECH_WEIGHT = 0.6;
const SHAPE_WEIGHT = 0.5;
const REPEAT_WEIGHT = 0.3;
/** Role words may stand a little before the name: речник МЗС Айбек Смадіяров, президента країни Касим-Жомарта Токаєва. */
const ROLE_LOOKBACK = 3;
const PUNCTUATION = /[,.;:!?«»"“”„()[\]—–]/;

/** Surname endings typical of Ukrainian and Russian names, which let a sentence-initial two-word run count as a name. */
const SURNAME_SHAPE = endingPattern('surname', ['uk', 'ru']);

/**
 * Surname endings no common noun or place name has, in any case: Коваленка, Андруховичем, Ткачукові. A word with one
 * mid-sentence is a person even when named once and without a cue.
 */
const SURNAME_ALONE = /(?:енк(?:о|а|у|ові|ом)|[оеє]вич(?:а|у|ем|еві|ові)?|(?:чук|щук|юк)(?:а|у|ові|ом)?)$/;
/**
 * Russian-type surnames as Ukrainian writes them: its own plural genitives end in -ів, and places in -ов have -ом in
 * the instrumental, so Михайлов, Орловим, Смірновові are surnames (Russian towns are blocked as places first).
 */
const UKRAINIAN_SURNAME_ALONE = /\p{L}{3}(?:[оеє]в(?:им|ові)?|[іи]ним)$/u;
const surnameAlone = (word: string, language: string) =>
  SURNAME_ALONE.test(word.toLowerCase()) || (language === 'uk' && UKRAINIAN_SURNAME_ALONE.test(word.toLowerCase()));

/** German capitalises every noun, so capitalisation alone says nothing there. */
const SHAPE_LANGUAGES = new Set(['uk', 'ru', 'en', 'fr', 'pl']);

/** German compounds end in their role: Verteidigungsminister, Oberstaatsanwältin, Regierungssprecherin. */
const GERMAN_ROLE_SUFFIX =
  /(minister|ministerin|präsident|präsidentin|sprecher|sprecherin|kanzler|kanzlerin|chef|chefin|anwalt|anwältin|leiter|leiterin|gründer|gründerin|direktor|direktorin|trainer|trainerin|experte|expertin|ökonom|ökonomin|forscher|forscherin|meteorologe|meteorologin|vorsitzende|vorsitzender|bürgermeister|bürgermeisterin|botschafter|botschafterin)$/;

/** Adjective endings: a lone capitalised Спеціалізованої or Рівненська after a role is part of a title, not a surname. */
const ADJECTIVE_SHAPE = endingPattern('adjectiveShape', ['uk', 'ru']);

const keyOf = (surname: string) => surnameKey(normaliseWord(surname));

const roleMatchers = new Map<string, LexiconMatcher<Role>>(
  Object.keys(ROLE_TERMS).map((l) => [l, buildRoleMatcher([l])]),
);
const anyRoleMatcher = buildRoleMatcher(Object.keys(ROLE_TERMS));

interface Mention {
  parts: string[];
  key: string;
  role: string | null;
  weight: number;
  nominative: boolean;
  /** A lone given name in the nominative, lower case: it joins the person of that first name. */
  givenName?: string;
  /** The words as the text writes them, where restoring the nominative changed them. */
  written?: string[];
  /** The Roman number after the name (King Edmund IV), outside its parts so that the surname still keys it. */
  regnalNumber?: string;
}

export interface PeopleInput {
  tokens: Token[];
  text: string;
  language: string;
  blocked: ReadonlySet<number>;
  orgSpans: OrgSpan[];
  titleParagraphs: number;
}

/** What the whole text says around names: its roles, and which tokens are taken by roles or organisations. */
interface Context {
  input: PeopleInput;
  /** The caller's blocked tokens and the roles' tokens: no name may start or run there. */
  blocked: ReadonlySet<number>;
  roles: LexiconMatch<Role>[];
  roleEndingAt: Map<number, LexiconMatch<Role>>;
  orgAt: Map<number, OrgSpan>;
}

function contextOf(input: PeopleInput): Context {
  const { tokens, language } = input;
  const stopwords = stopwordsFor(language);
  // A function word that reads like a role's case form is not one: после (after) is no locative of посол.
  const roles = [
    ...(roleMatchers.get(language) ?? anyRoleMatcher)
      .matchAll(tokens)
      .filter((r) => r.first !== r.last || !stopwords.has(tokens[r.first].norm))
      .filter((r) => !givenNameReadAsRole(r, tokens, language))
      .filter((r) => !namesTheField(r.value, tokens[r.last])),
    ...germanRoles(tokens, language),
  ];
  const blocked = new Set(input.blocked);
  for (const r of roles) for (let k = r.first; k <= r.last; k += 1) blocked.add(k);
  const orgAt = new Map<number, OrgSpan>();
  for (const span of input.orgSpans) for (let k = span.first; k <= span.last; k += 1) orgAt.set(k, span);
  return { input, blocked, roles, roleEndingAt: new Map(roles.map((r) => [r.last, r])), orgAt };
}

/** How strongly the context says a run is a person: a role, a speech verb, or a name's shape. */
function evidenceWeight(run: NameRun, input: PeopleInput, role: FoundRole | null): number {
  const lonePart =
    run.parts.length === 1 &&
    ADJECTIVE_SHAPE.test(run.parts[0].toLowerCase()) &&
    (input.language === 'uk' || input.language === 'ru');
  // A common word without a given name is no name, whatever role or verb stands by it: Actor / Model, Южной Кореи.
  const commonWord =
    hasCommonWord(run.parts, input.language) && (run.parts.length === 1 || !hasGivenName(run.parts, input.language));
  if (isAdjectiveSurname(run, input.tokens, input.text, input.language) && canStandAlone(run, input))
    return role ? ROLE_WEIGHT : SHAPE_WEIGHT;
  if (lonePart || commonWord || hasAbstractNoun(run.parts, input.language) || namesSomethingElse(run, input)) return 0;
  if (role) return ROLE_WEIGHT;
  if (speechCue(run, input) && (run.parts.length > 1 || singleNameCanSpeak(run, input))) return SPEECH_WEIGHT;
  if (hasLifeDates(run, input.tokens, input.text, input.language)) return SHAPE_WEIGHT;
  if (run.parts.length === 1 && surnameAlone(run.parts[0], input.language) && canRecurAsName(run, input))
    return SHAPE_WEIGHT;
  if (afterQuotedTitle(run, input.tokens, input.text, input.language) && canBeAuthor(run, input)) return SHAPE_WEIGHT;
  if (
    run.parts.length === 1 &&
    (afterKinWord(run, input.tokens, input.text, input.language) ||
      afterWorkWord(run, input.tokens, input.text, input.language)) &&
    canStandAlone(run, input)
  )
    return SHAPE_WEIGHT;
  if (run.parts.length < 2 || run.parts.length > longestName(run.parts, input.language)) return 0;
  if (hasGivenName(run.parts, input.language)) return SHAPE_WEIGHT;
  const notAName =
    (placeShaped(run.parts, input.language) && !isNameWithAdjectiveSurname(run.parts, input.language)) ||
    hasCommonWord(run.parts, input.language) ||
    endsInPlural(run.parts, input.language) ||
    casesDisagree(run.parts, input.language);
  return looksLikeName(run, input) && !notAName ? SHAPE_WEIGHT : 0;
}

/** English given names may carry a middle name and a quoted nickname: William Henry "Bud" Oakes. */
const longestName = (parts: string[], language: string) => (language === 'en' && hasGivenName(parts, language) ? 4 : 3);

/**
 * A known given name beside a capitalised word is a person wherever it stands: Ігор Коско, Олени Сороки. English
 * capitalises titles, bands, teams and places alike (Linkin Park, Bowling Green), so there only a leading given name or
 * initial counts wherever it stands.
 */
function hasGivenName(parts: string[], language: string): boolean {
  if (language === 'en') return isGivenName(parts[0], language) || (isInitial(parts[0]) && parts.length > 1);
  return parts.some((p) => isGivenName(p, language));
}

/**
 * Without a given name or an initial, an adjective in the run makes it a place, a body or a title rather than a
 * person: Нагірний Карабах, Печерська Лавра, Народного Руху, Липника Пустомитівський.
 */
const placeShaped = (parts: string[], language: string) =>
  SLAVIC_NAMES.has(language) &&
  !parts.some(isInitial) &&
  parts.some((p) => ADJECTIVE_SHAPE.test(p.toLowerCase()) || ADJECTIVE_ACCUSATIVE.test(p.toLowerCase()));
/** Feminine adjectives in the accusative (під Печерську Лавру), which the shared adjective endings leave out. */
const ADJECTIVE_ACCUSATIVE = /(?:ськ|цьк|зьк|ск|цк)ую?$/;

function namesSomethingElse(run: NameRun, input: PeopleInput): boolean {
  const { tokens, text, language } = input;
  return (
    isQuotedTitle(run, tokens, text) ||
    isCompoundWordPart(run, tokens, text, language) ||
    (run.parts.length === 1 && REGION_SHAPE.test(run.parts[0].toLowerCase())) ||
    isLoneBodyNoun(run.parts, language) ||
    isSacredThing(run.parts) ||
    (run.parts.length === 1 && PRONOUNS.has(run.parts[0].toLowerCase())) ||
    tailOfQuotedName(run, tokens, text) ||
    followsArticle(run, tokens, language) ||
    hasInnerPossessive(run, language) ||
    namesEnglishPlace(run, tokens, language, hasGivenName(run.parts, language)) ||
    followsStreetWord(run, tokens, text) ||
    followsNamesakeWord(run, tokens, text) ||
    namesThingOfKind(run, input) ||
    namesEnglishDay(run, language, hasGivenName(run.parts, language)) ||
    namesDatedWork(run, tokens, text, language) ||
    (followsPlaceKind(run, tokens) && !hasGivenName(run.parts, language) && !endsLikeSurname(run.parts)) ||
    lonePlaceAfterPreposition(run, input)
  );
}

/** A name right after a kind noun or a model code names that thing, given name or not: the band Rosa, an F-90 Marlin. */
const namesThingOfKind = (run: NameRun, input: PeopleInput) =>
  followsEnglishKindWord(run, input.tokens, input.language) || followsModelCode(run, input.tokens, input.language);

/** A lone word after в, під, из is a place (у Краматорську, під Артемівськом), whatever role stands before it. */
function lonePlaceAfterPreposition(run: NameRun, input: PeopleInput): boolean {
  return run.parts.length === 1 && afterPlacePreposition(run, input) && !isGivenName(run.parts[0], input.language);
}

/** із, из with the instrumental mean "with": приїхав із Орловим; with the genitive, "from" a place. */
const COMITATIVE = new Set(['із', 'из']);
const INSTRUMENTAL = /(?:ом|ем|им|ым|ою|ею|ой)$/;

function afterPlacePreposition(run: NameRun, input: PeopleInput): boolean {
  const previous = input.tokens[run.first - 1];
  if (!previous || !PLACE_PREPOSITIONS.has(previous.norm)) return false;
  return !(COMITATIVE.has(previous.norm) && INSTRUMENTAL.test(run.parts[0].toLowerCase()));
}

/**
 * A man's surname in the nominative after a word in an oblique case is no name but a noun and its plural genitive:
 * Съезда Советов, Дома Романов. A name's parts share their case (Сергея Иванова, Сергей Иванов).
 */
const casesDisagree = (parts: string[], language: string) =>
  SLAVIC_NAMES.has(language) &&
  parts.length === 2 &&
  /(?:ов|ев|ёв|ин|ын|ів|їв)$/.test(parts[1].toLowerCase()) &&
  /[ая]$/.test(parts[0].toLowerCase()) &&
  !isGivenName(parts[0], language);

/** A person's name may follow a place word too (полиции города Санжар Адилов): the surname ending tells. */
const endsLikeSurname = (parts: string[]) =>
  parts.length > 1 && SURNAME_SHAPE.test(parts[parts.length - 1].toLowerCase());

/** Places follow these prepositions (в Ленинграде, на Донбассе, під Києвом); people rarely do. */
const PLACE_PREPOSITIONS = new Set(['в', 'у', 'во', 'на', 'під', 'под', 'из', 'із']);
/** Ukrainian region names: Полтавщина, Кіровоградщини. */
const REGION_SHAPE = /щин[аиіуоюе]{0,2}$/;
const CYRILLIC = /^\p{Script=Cyrillic}/u;

function countBy<T>(items: T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

/** A lone Cyrillic word opening a sentence before a lower-case word, not an adjective, a region or a body. */
function canOpenAsName(run: NameRun, input: PeopleInput): boolean {
  const first = input.tokens[run.first];
  const next = input.tokens[run.last + 1];
  const word = run.parts[0].toLowerCase();
  return (
    first.sentenceStart &&
    SLAVIC_NAMES.has(input.language) &&
    CYRILLIC.test(word) &&
    first.paragraph >= input.titleParagraphs &&
    next !== undefined &&
    !next.capitalised &&
    !ADJECTIVE_SHAPE.test(word) &&
    !REGION_SHAPE.test(word) &&
    !hasAbstractNoun(run.parts, input.language) &&
    !namesSomethingElse(run, input)
  );
}

/** A lone Cyrillic word mid-sentence, not an adjective or a region, that no context marks as a title or a place. */
function canRecurAsName(run: NameRun, input: PeopleInput): boolean {
  const word = run.parts[0].toLowerCase();
  return !ADJECTIVE_SHAPE.test(word) && !REGION_SHAPE.test(word) && canStandAlone(run, input);
}

/** A lone Cyrillic word after a title in quotation marks: not an adjective, a region, a body or a place. */
function canBeAuthor(run: NameRun, input: PeopleInput): boolean {
  const word = run.parts[0].toLowerCase();
  return (
    CYRILLIC.test(word) &&
    input.tokens[run.first].paragraph >= input.titleParagraphs &&
    !ADJECTIVE_SHAPE.test(word) &&
    !hasAbstractNoun(run.parts, input.language) &&
    !namesSomethingElse(run, input)
  );
}

/** A lone Cyrillic word mid-sentence, outside the headline, not after a place preposition nor named as something else. */
function canStandAlone(run: NameRun, input: PeopleInput): boolean {
  return (
    !opensSentence(input.tokens, input.text, run.first) &&
    SLAVIC_NAMES.has(input.language) &&
    CYRILLIC.test(run.parts[0]) &&
    input.tokens[run.first].paragraph >= input.titleParagraphs &&
    !hasAbstractNoun(run.parts, input.language) &&
    !afterPlacePreposition(run, input) &&
    !namesSomethingElse(run, input)
  );
}

/**
 * Words the text also writes in lower case are common nouns capitalised for emphasis or in a title. A family key is
 * its word less a short ending, so it shares the word's index prefix: only the lower-case words under the prefixes
 * asked about are keyed, each once, not every word of the text.
 */
function writtenInLowerCase(tokens: Token[]): (family: string) => boolean {
  const byPrefix = new Map<string, Set<string>>();
  for (const t of tokens) {
    if (t.capitalised || t.norm.length <= 2) continue;
    const words = byPrefix.get(t.prefix);
    if (words) words.add(t.norm);
    else byPrefix.set(t.prefix, new Set([t.norm]));
  }
  const familiesByPrefix = new Map<string, Set<string>>();
  const familiesUnder = (prefix: string) => {
    let families = familiesByPrefix.get(prefix);
    if (!families) familiesByPrefix.set(prefix, (families = new Set([...(byPrefix.get(prefix) ?? [])].map(familyKey))));
    return families;
  };
  let everyFamily: Set<string> | undefined;
  return (family) =>
    family.length >= INDEX_PREFIX
      ? familiesUnder(family.slice(0, INDEX_PREFIX)).has(family)
      : (everyFamily ??= new Set([...byPrefix.keys()].flatMap((prefix) => [...familiesUnder(prefix)]))).has(family);
}

/** A run read as a person, in the nominative when the role or the ending shows its case; null without evidence. */
function mentionOf(run: NameRun, context: Context): Mention | null {
  const { input } = context;
  const sacred = sacredMention(run.parts, input.language);
  if (sacred) return sacred;
  const role = roleBefore(run, input, context.roleEndingAt, context.orgAt) ?? roleAfter(run, input, context.roles);
  const weight = evidenceWeight(run, input, role);
  if (weight === 0) return null;
  const givenName = run.parts.length === 1 ? oneGivenName(run.parts[0], input.language) : null;
  if (givenName)
    return {
      parts: [givenName],
      key: keyOf(givenName),
      role: role?.label ?? null,
      weight,
      nominative: true,
      givenName: familiarBase(run.parts[0], input.language) ?? givenName.toLowerCase(),
    };
  const restored = restoreNominative(run.parts, role?.grammaticalCase ?? authorCase(run, input), input.language);
  const grammaticalCase = restored.grammaticalCase;
  const parts = withoutPossessive(restored.parts, input.language);
  return {
    parts,
    key: keyOf(parts[surnameIndex(parts, input.language)]),
    role: role?.label ?? null,
    weight,
    nominative: grammaticalCase === 'nom',
    written: run.parts,
    regnalNumber: regnalNumberAfter(run, input.tokens, input.text, input.language) ?? undefined,
  };
}

/** An author named after a work or a quoted title stands in the genitive (вірші Гнатюка, « Сон » Ковалишина). */
const authorCase = (run: NameRun, input: PeopleInput): GrammaticalCase =>
  afterQuotedTitle(run, input.tokens, input.text, input.language) ||
  afterWorkWord(run, input.tokens, input.text, input.language)
    ? 'gen'
    : 'unknown';

/** A lone word that is one given name in whatever case, in the nominative: сказав Марині → Марина. */
function oneGivenName(word: string, language: string): string | null {
  const readings = givenNameReadings(word, language);
  return readings.length > 0 && readings.every((r) => r.nominative === readings[0].nominative)
    ? givenNameNominative(word, readings[0])
    : null;
}

/** Бог, Господа, Ісус Христос: named in the nominative; a lone one joins a full name that carries it, as a first name does. */
function sacredMention(parts: string[], language: string): Mention | null {
  const nominatives = parts.map((p) => sacredNameNominative(p, language));
  if (!nominatives.every((n): n is string => n !== null)) return null;
  const last = nominatives[nominatives.length - 1];
  return {
    parts: nominatives,
    key: keyOf(last),
    role: null,
    weight: SHAPE_WEIGHT,
    nominative: true,
    givenName: nominatives.length === 1 ? last.toLowerCase() : undefined,
  };
}

export function detectPeople(input: PeopleInput): PersonMention[] {
  const context = contextOf(input);
  const full: Mention[] = [];
  const single: { run: NameRun; mention: Mention | null }[] = [];
  const found = withWordSurnames(
    findNameRuns(
      input.tokens,
      context.blocked,
      stopwordsFor(input.language),
      capsSurnames(input.tokens, input.language),
    ),
    input.tokens,
    context.blocked,
    input.language,
  );
  const joinedRuns = joinQuotedNicknames(
    joinMiddleInitials(found, input.tokens, input.text),
    input.tokens,
    input.text,
    input.language,
  );
  const loneWordEnds = new Set(joinedRuns.filter((r) => r.first === r.last).map((r) => r.last));
  const lowercaseText = lowercaseWords(input.tokens);
  const runs = splitCoordinatedNames(
    joinedRuns.flatMap((joined) =>
      splitNameRun(
        withoutLeadingPronoun(ownerBeforePossessive(joined, input.language), input.language),
        input.language,
      ).map((run) =>
        withoutCommonOpener(
          withoutOpeningWord(withInitials(run, input.tokens, input.text, loneWordEnds), input.tokens, input.language),
          input,
          lowercaseText,
        ),
      ),
    ),
    input.tokens,
    input.text,
    input.language,
  );
  const unreadPairs: NameRun[] = [];
  const fullStarts = new Set<number>();
  for (const run of runs) {
    const mention = mentionOf(run, context);
    if (run.parts.length >= 2 && mention) {
      full.push(mention);
      fullStarts.add(run.first);
    } else if (run.parts.length === 1) single.push({ run, mention });
    else unreadPairs.push(run);
  }
  // A known first name is that person's, before anything else could read it as a recurring surname.
  for (const s of single) {
    const name =
      s.mention || namesThingOfKind(s.run, input)
        ? null
        : (loneGivenName(s.run, input.tokens, input.text, input.language, lowercaseText) ??
          loneEnglishGivenName(s.run, input.tokens, input.language, lowercaseText));
    if (name)
      s.mention = {
        parts: [name],
        key: keyOf(name),
        role: null,
        weight: SHAPE_WEIGHT,
        nominative: true,
        givenName: familiarBase(s.run.parts[0], input.language) ?? name.toLowerCase(),
      };
  }
  const lowercase = writtenInLowerCase(input.tokens);
  const canRecur = (run: NameRun) => canRecurAsName(run, input) && !lowercase(familyKey(keyOf(run.parts[0])));
  const uncued = single.filter((s) => !s.mention && canRecur(s.run)).map((s) => s.run);
  const places = placeFamilies(
    single.map((s) => s.run),
    input.tokens,
  );
  const family = (run: NameRun) => familyKey(keyOf(run.parts[0]));
  const recurring = recurringKeys(
    uncued.filter((run) => !places.has(family(run))),
    family,
  );
  // A character the text names mid-sentence once and opens sentences with twice more recurs as well (Майка пішла).
  // An opener counts only for a family met mid-sentence, which has passed the lower-case test there.
  const midCounts = countBy(
    uncued.filter((run) => !places.has(family(run))),
    family,
  );
  const openers = single
    .filter((s) => !s.mention && canOpenAsName(s.run, input) && midCounts.has(family(s.run)))
    .map((s) => s.run);
  for (const [key, n] of countBy(openers, family))
    if ((midCounts.get(key) ?? 0) >= 1 && (midCounts.get(key) ?? 0) + n >= 3) recurring.add(key);
  const uncuedMention = (run: NameRun): Mention => ({
    parts: restoreNominative(run.parts, 'unknown', input.language).parts,
    key: keyOf(run.parts[0]),
    role: null,
    weight: REPEAT_WEIGHT,
    nominative: false,
    written: run.parts,
  });
  for (const s of single)
    if (!s.mention && recurring.has(familyKey(keyOf(s.run.parts[0]))) && canRecur(s.run))
      s.mention = uncuedMention(s.run);
  addListedNames(runs, single, input, (run) => !lowercase(familyKey(keyOf(run.parts[0]))), uncuedMention);
  if (input.language === 'en') full.push(...englishListedNames(runs, fullStarts, single, unreadPairs, input));
  return assemble(full, single, input.language);
}

/** Lone words in a list beside a person (Франка, Стефаника, Коцюбинського) are read as people too. */
function addListedNames(
  runs: NameRun[],
  single: { run: NameRun; mention: Mention | null }[],
  input: PeopleInput,
  notCommonWord: (run: NameRun) => boolean,
  mentionOf: (run: NameRun) => Mention,
): void {
  const singleAt = new Map(single.map((s) => [s.run.first, s]));
  const fullAt = new Set(runs.filter((r) => r.parts.length > 1).map((r) => r.first));
  // Only a person the text gives some evidence for starts a list; a word read by recurrence alone does not.
  const isPerson = (i: number) =>
    (singleAt.get(runs[i].first)?.mention?.weight ?? 0) > REPEAT_WEIGHT || fullAt.has(runs[i].first);
  const canJoin = (i: number) => {
    const s = singleAt.get(runs[i].first);
    return s !== undefined && !s.mention && canBeListed(s.run, input) && notCommonWord(s.run);
  };
  for (const i of listedWithPeople(runs, isPerson, canJoin, input.tokens, input.text)) {
    const s = singleAt.get(runs[i].first);
    if (s) s.mention = mentionOf(s.run);
  }
}

/**
 * English lists of people hold names whose first word is no known given name or is also a word (Kanye West, Pie
 * Smith, Novalis): beside people in an unbroken list, such a run is a person too. Lone words join singly; pairs are
 * returned as full names.
 */
function englishListedNames(
  runs: NameRun[],
  fullStarts: ReadonlySet<number>,
  single: { run: NameRun; mention: Mention | null }[],
  unreadPairs: NameRun[],
  input: PeopleInput,
): Mention[] {
  const singleAt = new Map(single.map((s) => [s.run.first, s]));
  const pairAt = new Map(unreadPairs.filter((r) => r.parts.length === 2).map((r) => [r.first, r]));
  const isPerson = (i: number) =>
    fullStarts.has(runs[i].first) || (singleAt.get(runs[i].first)?.mention?.weight ?? 0) > REPEAT_WEIGHT;
  const canJoin = (i: number) => {
    const run = runs[i];
    const open = singleAt.get(run.first)?.mention === null || pairAt.get(run.first) === run;
    return open && canBeListedInEnglish(run, input);
  };
  const pairs: Mention[] = [];
  for (const i of listedWithPeople(runs, isPerson, canJoin, input.tokens, input.text)) {
    const run = runs[i];
    const mention: Mention = {
      parts: run.parts,
      key: keyOf(run.parts[run.parts.length - 1]),
      role: null,
      weight: REPEAT_WEIGHT,
      nominative: true,
    };
    const s = singleAt.get(run.first);
    if (s) s.mention = { ...mention, key: keyOf(run.parts[0]) };
    else pairs.push(mention);
  }
  return pairs;
}

/**
 * A run outside the headline that names nothing else, is not made only of common words, and is no owner (Smith's). A
 * lone word must stand mid-sentence (not Meanwhile, Eventually) and apart from other capitalised words, not a piece of
 * a longer name.
 */
function canBeListedInEnglish(run: NameRun, input: PeopleInput): boolean {
  const { tokens, text } = input;
  const standsApart = (left: Token | undefined, right: Token | undefined) =>
    !left || !right || !left.capitalised || !right.capitalised || /[,;&/()]/.test(text.slice(left.end, right.start));
  const lone =
    run.parts.length > 1 ||
    (!tokens[run.first].sentenceStart &&
      standsApart(tokens[run.first - 1], tokens[run.first]) &&
      standsApart(tokens[run.last], tokens[run.last + 1]));
  return (
    lone &&
    tokens[run.first].paragraph >= input.titleParagraphs &&
    !POSSESSIVE_END.test(text.slice(tokens[run.last].start, tokens[run.last].end + 2)) &&
    !allCommonEnglish(run.parts) &&
    !namesSomethingElse(run, input)
  );
}
const POSSESSIVE_END = /['’]s?$|['’]s\b/;

/** Pronouns, capitalised when they stand for God or the addressee (Ти, Її, Він). */
const PRONOUNS = new Set(
  'я ти він вона воно ми ви вони його її їх йому їй їм ним нею ними тебе тобі тобою себе собі собою мене мені вас вам нас нам'.split(
    ' ',
  ),
);
/** Сам and its forms, which prose about God capitalises before His name as it does the pronouns: Сам Господь. */
const EMPHATIC = new Set(['сам', 'сама', 'самого', 'самому', 'самим', 'самій', 'саму', 'самою']);

/** A capitalised pronoun before a name is reverence or a sentence's start, not part of it: Сам Господь, Тобі Марино. */
function withoutLeadingPronoun(run: NameRun, language: string): NameRun {
  const first = run.parts[0].toLowerCase();
  if (!SLAVIC_NAMES.has(language) || run.parts.length < 2 || run.first === run.last) return run;
  if (!PRONOUNS.has(first) && !EMPHATIC.has(first)) return run;
  return { first: run.first + 1, last: run.last, parts: run.parts.slice(1), surface: run.parts.slice(1).join(' ') };
}

/** A lone Cyrillic word that may be a surname in a list: not a region, an adjective of a body, or a place. */
function canBeListed(run: NameRun, input: PeopleInput): boolean {
  const word = run.parts[0].toLowerCase();
  return (
    !REGION_SHAPE.test(word) &&
    (!ADJECTIVE_SHAPE.test(word) || isAdjectiveSurname(run, input.tokens, input.text, input.language)) &&
    canStandAlone(run, input)
  );
}

/**
 * Families of lone words the text puts after в, на, під at least as often as elsewhere: a place (у Бродах … до
 * Бродів). A character met once after "на" among many mentions stays a person.
 */
function placeFamilies(runs: NameRun[], tokens: Token[]): Set<string> {
  const counts = new Map<string, { all: number; afterPreposition: number }>();
  for (const run of runs) {
    const family = familyKey(keyOf(run.parts[0]));
    const count = counts.get(family) ?? { all: 0, afterPreposition: 0 };
    count.all += 1;
    const previous = tokens[run.first - 1];
    if (previous && PLACE_PREPOSITIONS.has(previous.norm)) count.afterPreposition += 1;
    counts.set(family, count);
  }
  return new Set([...counts].filter(([, c]) => c.afterPreposition * 2 >= c.all).map(([family]) => family));
}

/**
 * A sentence-opening word the text also writes in lower case is a common word before a name, not part of it: Дружина
 * Наталя, Блок Порошенка. Given names (Віра, Надія) keep their place.
 */
function withoutCommonOpener(run: NameRun, input: PeopleInput, lowercaseText: ReadonlySet<string>): NameRun {
  const opening = input.tokens[run.first];
  if (!opening.sentenceStart || run.parts.length !== 2 || run.first === run.last) return run;
  if (!lowercaseText.has(run.parts[0].toLowerCase()) || isGivenName(run.parts[0], input.language)) return run;
  return { first: run.first + 1, last: run.last, parts: run.parts.slice(1), surface: run.parts[1] };
}

/** The groups of full names by each of their words in lower case, the first group to carry a word winning. */
function bearersByWord(groups: Mention[][]): Map<string, Mention[]> {
  const bearers = new Map<string, Mention[]>();
  for (const group of groups)
    for (const m of group)
      if (m.parts.length > 1)
        for (const p of m.parts) if (!bearers.has(p.toLowerCase())) bearers.set(p.toLowerCase(), group);
  return bearers;
}

/** The surname without its case ending, final vowel or soft sign: Шевченко and Шевченка share one, Гоголь and Гоголя. */
const familyKey = (surname: string) => keyOf(surname).replace(NAME_ENDING, '');
const NAME_ENDING = /[аоеиіяюуєїыэ]?[ьй]?$/u;

const SLAVIC_NAMES = new Set(['uk', 'ru']);

/** Relatives share a surname but not a first name: Віталій and Володимир Кличко stay two people. */
function sameFirstName(a: Mention, b: Mention, language: string): boolean {
  if (a.parts.length < 2 || b.parts.length < 2) return true;
  // English titles stand where a first name would (President Obama, Barack Obama); two first names are two people.
  if (!SLAVIC_NAMES.has(language)) return shortFormOf(a.parts[0], b.parts[0]);
  const [first, second] = [givenNamePart(a.parts, language), givenNamePart(b.parts, language)];
  const x = normaliseWord(first);
  const y = normaliseWord(second);
  if (isInitial(first) || isInitial(second)) return x.charAt(0) === y.charAt(0);
  return x.slice(0, 3) === y.slice(0, 3);
}

/** A short form is the given name's opening (Alex, Alexander; Sam, Samuel): one person under both. */
function shortFormOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short || (short.length >= 3 && long.startsWith(short));
}

/** A given name and patronymic without a surname: the polite address of Russian and Ukrainian prose. */
const addressOnly = (m: Mention) => m.parts.length === 2 && isPatronymic(m.parts[1]) && !isPatronymic(m.parts[0]);

/** Whether a full name carries the given name and patronymic of an address (Ипполит Матвеевич Воробьянинов). */
function sameAddress(full: Mention, address: Mention): boolean {
  if (full.parts.length < 3) return false;
  const prefix = (word: string, n: number) => normaliseWord(word).slice(0, n);
  const [given, patronymic] = address.parts;
  return (
    full.parts.some((p) => prefix(p, 3) === prefix(given, 3)) &&
    full.parts.some((p) => isPatronymic(p) && prefix(p, 5) === prefix(patronymic, 5))
  );
}

function assemble(
  full: Mention[],
  single: { run: NameRun; mention: Mention | null }[],
  language: string,
): PersonMention[] {
  const groups: Mention[][] = [];
  const byFamily = new Map<string, Mention[][]>();
  const join = (m: Mention, group: Mention[] | undefined) => {
    if (group) return group.push(m);
    const fresh = [m];
    groups.push(fresh);
    byFamily.set(familyKey(m.key), [...(byFamily.get(familyKey(m.key)) ?? []), fresh]);
  };
  // Names with a surname first, so that a given name and patronymic alone (Ипполит Матвеевич) find their bearer.
  const bySurname = [...full].sort((a, b) => Number(addressOnly(a)) - Number(addressOnly(b)));
  for (const m of bySurname)
    join(
      m,
      (addressOnly(m) ? groups.find((g) => g.some((n) => sameAddress(n, m))) : undefined) ??
        byFamily.get(familyKey(m.key))?.find((g) => sameFirstName(g[0], m, language)),
    );
  const bearers = bearersByWord(groups);
  for (const { run, mention } of single) {
    if (mention?.givenName) {
      const bearer = bearers.get(mention.givenName);
      if (bearer) bearer.push({ ...mention, nominative: false });
      else {
        // The first lone mention of a first name starts that person; the next ones are the same person again.
        join(mention, undefined);
        bearers.set(mention.givenName, groups[groups.length - 1]);
      }
      continue;
    }
    const key = keyOf(run.parts[0]);
    // A bare surname goes to the most mentioned person who bears it.
    const group = [...(byFamily.get(familyKey(key)) ?? [])].sort((a, b) => b.length - a.length)[0];
    const repeat = {
      parts: mention?.parts ?? run.parts,
      key,
      role: mention?.role ?? null,
      weight: mention?.weight ?? REPEAT_WEIGHT,
      nominative: false,
      written: mention?.written ?? run.parts,
    };
    if (group) group.push(repeat);
    else if (mention) join(mention, undefined);
  }
  return groups
    .map((mentions) => {
      const forms = new Map<string, number>();
      for (const m of mentions) forms.set(m.parts.join(' '), (forms.get(m.parts.join(' ')) ?? 0) + 1);
      // Judged on the words as written: a wrongly restored form (Дів from Діва) must not pass for their root.
      const written = mentions.map((m) => m.written ?? m.parts);
      const declined = (m: Mention) =>
        SLAVIC_NAMES.has(language) ? formsDeclinedFrom(m.written ?? m.parts, written) : 0;
      const best = [...mentions].sort(
        (a, b) =>
          b.parts.length - a.parts.length ||
          Number(b.nominative) - Number(a.nominative) ||
          declined(b) - declined(a) ||
          (forms.get(b.parts.join(' ')) ?? 0) - (forms.get(a.parts.join(' ')) ?? 0) ||
          a.parts.join(' ').length - b.parts.join(' ').length,
      )[0];
      const numbered = mentions.find((m) => m.regnalNumber && m.parts.join(' ') === best.parts.join(' '));
      const name = [...best.parts, ...(numbered?.regnalNumber ? [numbered.regnalNumber] : [])].join(' ');
      return {
        name,
        translit: transliterate(name, language),
        role: mentions.find((m) => m.role)?.role ?? null,
        mentions: mentions.length,
        confidence: combine(mentions.map((m) => m.weight)),
      };
    })
    .sort((a, b) => b.mentions - a.mentions || b.confidence - a.confidence || a.name.localeCompare(b.name))
    .slice(0, MAX_PEOPLE);
}

interface FoundRole {
  label: string;
  grammaticalCase?: GrammaticalCase;
}

function gapHasPunctuation(input: PeopleInput, left: number, right: number): boolean {
  return PUNCTUATION.test(input.text.slice(input.tokens[left].end, input.tokens[right].start));
}

const ENGLISH_PREPOSITIONS = new Set('of to on at in for from with into by'.split(' '));

/**
 * Roles may be separated from the name by their organisation, country or portfolio (речник МЗС Казахстану Х,
 * ministre du Travail X) and by at most one or two lower-case words (президента країни Х), within the sentence.
 */
function roleBefore(
  run: NameRun,
  input: PeopleInput,
  roleEndingAt: Map<number, LexiconMatch<Role>>,
  orgAt: Map<number, OrgSpan>,
): FoundRole | null {
  let org: OrgSpan | undefined;
  let lowercase = 0;
  const maxLowercase = run.parts.length > 1 ? 2 : 1;
  for (let k = run.first - 1; k >= Math.max(0, run.first - 1 - 2 * ROLE_LOOKBACK); k -= 1) {
    if (input.tokens[k + 1].sentenceStart || gapHasPunctuation(input, k, k + 1)) return null;
    const role = roleEndingAt.get(k);
    // A plural role (поетами Волині й Полісся) names a group: only the name right after it is one of them.
    if (role && k < run.first - 1 && isPluralRole(role.value, input.tokens[k])) return null;
    if (role) {
      const label = org ? `${role.value.canonical} ${org.abbreviation ?? org.surface}` : role.value.canonical;
      return { label, grammaticalCase: caseOfRole(role.value, input.tokens[k]) };
    }
    const token = input.tokens[k];
    org = org ?? orgAt.get(k);
    if (!token.capitalised && !input.blocked.has(k)) lowercase += 1;
    const partOfTitle = input.blocked.has(k) || NOT_NAME_WORDS.has(token.norm) || !token.capitalised;
    if (!partOfTitle || lowercase > maxLowercase) return null;
    // A lone word past a preposition is the role's place or employer (Bishop of Santa Lucia, artist to Redwing), not
    // its holder.
    if (input.language === 'en' && run.parts.length === 1 && ENGLISH_PREPOSITIONS.has(token.norm)) return null;
  }
  return null;
}

/**
 * A lone capitalised word next to "said" is a speaker only mid-sentence, not followed by more words (повідомила
 * Державна служба …), and never in German, where every noun is capitalised.
 */
function singleNameCanSpeak(run: NameRun, input: PeopleInput): boolean {
  const next = input.tokens[run.last + 1];
  return (
    input.language !== 'de' &&
    !input.tokens[run.first].sentenceStart &&
    !(next?.spaceBefore && !next.capitalised && !SPEECH_VERBS.has(next.norm))
  );
}

function germanRoles(tokens: Token[], language: string): LexiconMatch<Role>[] {
  if (language !== 'de') return [];
  return tokens
    .filter((t) => t.capitalised && t.norm.length > 6 && GERMAN_ROLE_SUFFIX.test(t.norm))
    .map((t) => ({
      value: { canonical: t.text, lastStem: t.norm, lastNominative: t.norm },
      first: t.index,
      last: t.index,
      surface: t.text,
    }));
}

/** "Смадіяров, речник МЗС" / "Olaf Scholz, the German chancellor": a role right after a comma. */
function roleAfter(run: NameRun, input: PeopleInput, roles: LexiconMatch<Role>[]): FoundRole | null {
  const next = run.last + 1;
  // A sentence-opening word before a comma is a discourse word (Кстати, основателю…; Сегодня, посол…).
  if (run.parts.length === 1 && input.tokens[run.first].sentenceStart) return null;
  if (
    next >= input.tokens.length ||
    !input.text.slice(input.tokens[run.last].end, input.tokens[next].start).includes(',')
  )
    return null;
  // A plural role sums up a list (Гнатюка, Ковалишина, інших поетів), but not across a clause (…, бо там багато поетів).
  const role = roles.find(
    (r) => r.first >= next && r.first <= next + (isPluralRole(r.value, input.tokens[r.last]) ? 1 : 2),
  );
  return role ? { label: role.value.canonical } : null;
}

function speechCue(run: NameRun, input: PeopleInput): boolean {
  const { tokens, text } = input;
  const before = tokens[run.first - 1];
  const after = tokens[run.last + 1];
  const sameSentence = (a: Token, b: Token) => !/[.!?…]/.test(text.slice(a.end, b.start));
  if (before && SPEECH_VERBS.has(before.norm) && sameSentence(before, tokens[run.first])) return true;
  // A word before ", — пояснює" ends the quotation; the speaker is named after the verb.
  if (after && SPEECH_VERBS.has(after.norm) && !gapHasPunctuation(input, run.last, after.index)) return true;
  const attribution = tokens.slice(Math.max(0, run.first - 2), run.first).some((t) => ATTRIBUTION_WORDS.has(t.norm));
  return attribution && !gapHasPunctuation(input, Math.max(0, run.first - 1), run.first);
}

/** Two or three capitalised words mid-sentence (or at its start with a surname-like ending), outside the headline. */
function looksLikeName(run: NameRun, input: PeopleInput): boolean {
  if (!SHAPE_LANGUAGES.has(input.language) || run.parts.length > 3) return false;
  const first = input.tokens[run.first];
  if (first.paragraph < input.titleParagraphs) return false;
  if (!first.sentenceStart) return true;
  return SURNAME_SHAPE.test(run.parts[run.parts.length - 1].toLowerCase());
}
