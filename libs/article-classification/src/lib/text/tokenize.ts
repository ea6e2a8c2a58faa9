import { WORD } from '@newsflow/article-text';

import { MAX_TEXT_CHARS, MAX_TOKENS } from '../limits';
import { isCapitalised, isShouted, normaliseWord } from './normalise';

export interface Token {
  text: string;
  /** Lower-cased, ё→е, one apostrophe. */
  norm: string;
  /** First letters of norm, the key of every lexicon index (computed once, looked up by several matchers). */
  prefix: string;
  index: number;
  start: number;
  end: number;
  /** First token of a sentence, paragraph or quotation: capitalisation there says nothing about names. */
  sentenceStart: boolean;
  capitalised: boolean;
  upper: boolean;
  /** Joined to the previous token by a hyphen with no spaces (Касим-Жомарт, російсько-українського). */
  hyphenBefore: boolean;
  /** Only spaces separate it from the previous token: a name may continue across it, not across a comma. */
  spaceBefore: boolean;
  paragraph: number;
}

// Hyphens split words but are remembered in hyphenBefore.
/** Length of the lexicon index key. */
export const INDEX_PREFIX = 3;

const SENTENCE_BREAK = /[.!?…:;«»"“”„()[\]–—]/;
/** French and Italian elided articles (l'Élysée, d'État, dell'Unione): the word after the apostrophe is the token. */
const ELISION = /^(?:l|d|j|qu|n|s|c|m|t|dell|all|nell|sull)['’]([\p{Script=Latin}].*)$/iu;

/** Our own copy of the shared pattern: exec moves its lastIndex, which no other reader may see. */
const WORDS = new RegExp(WORD.source, WORD.flags);

const SPACES_ONLY = /^[ \t\u00a0]+$/;
/** Most words have no apostrophe, and without one there is no elision to look for. */
const hasApostrophe = (word: string): boolean => word.includes("'") || word.includes('’');

/** What the characters between two words say about the second. */
interface Gap {
  newline: boolean;
  sentenceBreak: boolean;
  hyphen: boolean;
  spacesOnly: boolean;
}

const gapOf = (gap: string): Gap => ({
  newline: gap.includes('\n'),
  sentenceBreak: SENTENCE_BREAK.test(gap),
  hyphen: gap === '-',
  spacesOnly: SPACES_ONLY.test(gap),
});

/**
 * Saint, Mount and Fort abbreviated inside a name (St. Paul Saints, Mt. Vernon, Ft. Myers): the full stop ends no
 * sentence, and the name runs on across it.
 */
const NAME_ABBREVIATION = /^(?:St|Mt|Ft)$/;
const ABBREVIATION_GAP = /^\. [ \t]*$/;
const inNameAbbreviation = (previous: Token | undefined, gap: string, word: string) =>
  previous !== undefined && NAME_ABBREVIATION.test(previous.text) && ABBREVIATION_GAP.test(gap) && isCapitalised(word);

/** Most words follow a single space: that gap is settled without cutting it out of the text. */
const ONE_SPACE = gapOf(' ');
const isOneSpace = (text: string, from: number, to: number) => to - from === 1 && text.charCodeAt(from) === 0x20;

export function tokenize(text: string): Token[] {
  const capped = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  const tokens: Token[] = [];
  let previousEnd = 0;
  let paragraph = 0;
  WORDS.lastIndex = 0;
  for (let match = WORDS.exec(capped); match !== null; match = WORDS.exec(capped)) {
    if (tokens.length >= MAX_TOKENS) break;
    const elided = hasApostrophe(match[0]) ? ELISION.exec(match[0]) : null;
    const word = elided ? elided[1] : match[0];
    const norm = normaliseWord(word);
    const start = match.index + match[0].length - word.length;
    const between = isOneSpace(capped, previousEnd, start) ? null : capped.slice(previousEnd, start);
    const gap =
      between === null
        ? ONE_SPACE
        : inNameAbbreviation(tokens[tokens.length - 1], between, word)
          ? ONE_SPACE
          : gapOf(between);
    const newParagraph = gap.newline && tokens.length > 0;
    if (newParagraph) paragraph += 1;
    tokens.push({
      text: word,
      norm,
      prefix: norm.slice(0, INDEX_PREFIX),
      index: tokens.length,
      start,
      end: start + word.length,
      sentenceStart: tokens.length === 0 || newParagraph || gap.sentenceBreak,
      capitalised: isCapitalised(word),
      upper: isShouted(word, norm),
      hyphenBefore: gap.hyphen && tokens.length > 0,
      spaceBefore: gap.spacesOnly,
      paragraph,
    });
    previousEnd = start + word.length;
  }
  return tokens;
}
