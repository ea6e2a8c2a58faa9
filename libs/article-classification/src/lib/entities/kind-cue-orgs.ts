import { LexiconMatch, surfaceOf } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { ENGLISH_GIVEN_NAMES } from './data/english-words';
import { FoundOrgs, OrgText, tallySpans } from './found-orgs';

/**
 * English names bands, clubs, companies and media after a lower-case word for their kind, with no quotes and often no
 * head word of their own: the band Paper Lanterns, folk band Gravelmouth, punk band, The Kites, the label
 * Northgate Sound, electrical company Harlow's. Such names have no shape that tells them from a person's or a title's; the kind
 * word before them does.
 */
const KINDS = new Set(
  (
    'band duo trio quartet quintet supergroup label company firm corporation conglomerate subsidiary manufacturer ' +
    'carmaker automaker maker retailer supermarket chain brand airline carrier club team franchise newspaper ' +
    'magazine tabloid broadcaster station channel network publisher studio organization organisation charity ' +
    'party outfit'
  ).split(' '),
);
/** Small words inside a name (30 Seconds to Mars, Bank of the West); "and" would join two names of a list. */
const INNER = new Set(['of', 'the', 'to', 'de', 'on', 'in', 'for']);
const MAX_NAME_TOKENS = 6;
const WEIGHT = 0.45;
const NUMBER = /^\d+$/;

const nameWord = (t: Token | undefined, blocked: ReadonlySet<number>) =>
  t !== undefined && (t.capitalised || NUMBER.test(t.text)) && !t.sentenceStart && !blocked.has(t.index);

/** The kind word and the name are side by side, or set apart by a comma alone (punk band, Gravelmouth). */
function follows(text: string, kind: Token, next: Token): boolean {
  return next.spaceBefore || text.slice(kind.end, next.start) === ', ';
}

/** The last token of the name that starts at first, or -1 when no name starts there. */
function nameEnd(tokens: Token[], first: number, blocked: ReadonlySet<number>): number {
  if (!nameWord(tokens[first], blocked)) return -1;
  let last = first;
  for (let k = first + 1; k < tokens.length && k - first < MAX_NAME_TOKENS; k += 1) {
    const t = tokens[k];
    if (!t.spaceBefore && !t.hyphenBefore) break;
    if (nameWord(t, blocked)) last = k;
    else if (!(INNER.has(t.norm) && tokens[k + 1]?.spaceBefore && nameWord(tokens[k + 1], blocked))) break;
  }
  // A name made of a number alone is a year or a count (the team 2008), not a name.
  return tokens.slice(first, last + 1).some((t) => t.capitalised) ? last : -1;
}

/** Every other place in the text where the same words stand, so that no other detector reads them as a person. */
function recurrences(tokens: Token[], found: LexiconMatch<null>, blocked: ReadonlySet<number>): LexiconMatch<null>[] {
  const words = tokens.slice(found.first, found.last + 1).map((t) => t.text);
  const spans: LexiconMatch<null>[] = [];
  for (let i = 0; i + words.length <= tokens.length; i += 1) {
    if (i === found.first || tokens[i].text !== words[0] || tokens[i].hyphenBefore) continue;
    const last = i + words.length - 1;
    const same = words.every(
      (w, d) =>
        tokens[i + d].text === w &&
        !blocked.has(i + d) &&
        (d === 0 || tokens[i + d].spaceBefore || tokens[i + d].hyphenBefore),
    );
    const next = tokens[last + 1];
    if (same && !(next?.hyphenBefore || (next?.spaceBefore && next.capitalised)))
      spans.push({ ...found, first: i, last });
  }
  return spans;
}

/** Plural kind words that introduce a list of names: bands like New Order, Interpol or Joy Division. */
const PLURAL_KINDS = new Set(
  (
    'bands groups labels companies firms corporations manufacturers retailers chains brands airlines clubs teams ' +
    'newspapers magazines broadcasters stations channels networks publishers studios organizations organisations ' +
    'charities parties'
  ).split(' '),
);
const INTRODUCERS = new Set(['like', 'including', 'include', 'included']);
const SUCH_AS = ['such', 'as'];
const LIST_JOINTS = new Set([', ', ', and ', ' and ', ', or ', ' or ']);

/** The first token after "bands like", "bands such as" or "labels including", or -1. */
function listStart(tokens: Token[], i: number): number {
  if (!PLURAL_KINDS.has(tokens[i].norm) || tokens[i].capitalised) return -1;
  const next = tokens[i + 1];
  if (next && INTRODUCERS.has(next.norm)) return i + 2;
  return next?.norm === SUCH_AS[0] && tokens[i + 2]?.norm === SUCH_AS[1] ? i + 3 : -1;
}

/** The names listed from first on, each ended by nameEnd and joined by commas, "and" or "or". */
function listedNames(text: string, tokens: Token[], first: number, blocked: ReadonlySet<number>): LexiconMatch<null>[] {
  const names: LexiconMatch<null>[] = [];
  for (let at = first; at < tokens.length;) {
    const last = nameEnd(tokens, at, blocked);
    if (last < 0) break;
    if (!ENGLISH_GIVEN_NAMES.has(tokens[at].norm))
      names.push({ value: null, first: at, last, surface: surfaceOf(tokens, at, last) });
    const joiner = tokens[last + 1];
    const next = joiner && ['and', 'or'].includes(joiner.norm) ? last + 2 : last + 1;
    if (!tokens[next] || !LIST_JOINTS.has(text.slice(tokens[last].end, tokens[next].start))) break;
    at = next;
  }
  return names;
}

export function findKindCueOrgs({ text, tokens, blocked, language }: OrgText): FoundOrgs {
  if (language !== 'en') return { organisations: [], spans: [] };
  const cued: LexiconMatch<null>[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const first = listStart(tokens, i);
    if (first < 0) continue;
    const names = listedNames(text, tokens, first, blocked);
    cued.push(...names);
    if (names.length > 0) i = names[names.length - 1].last;
  }
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const kind = tokens[i];
    // A compound is no kind word: second-team All-America.
    if (kind.capitalised || kind.hyphenBefore || !KINDS.has(kind.norm) || !follows(text, kind, tokens[i + 1])) continue;
    const last = nameEnd(tokens, i + 1, blocked);
    // A given name after the kind word begins a person more often than a band: the club Bill Shankly managed.
    if (last < 0 || ENGLISH_GIVEN_NAMES.has(tokens[i + 1].norm)) continue;
    cued.push({ value: null, first: i + 1, last, surface: surfaceOf(tokens, i + 1, last) });
    i = last;
  }
  const taken = new Set(blocked);
  for (const span of cued) for (let k = span.first; k <= span.last; k += 1) taken.add(k);
  const spans = [...cued, ...cued.flatMap((span) => recurrences(tokens, span, taken))];
  return tallySpans(spans, language, WEIGHT, 'other');
}
