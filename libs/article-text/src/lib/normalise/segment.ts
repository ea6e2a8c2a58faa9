import { ArticleStats } from '../types';

const WORD = /[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*/gu;
// A sentence ends at . ! ? … (possibly followed by closing quotes/brackets) before whitespace and a capital, digit or
// opening quote (not a dash: «Ні!» — відповів він continues the sentence). Single capital initials ("Т. Шевченко",
// "J. Smith") are not sentence ends. Scanned by hand, not by regex: a regex backtracks on long runs of "." or "!".
const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['"', '»', '”', '’', ')', ']']);
const OPENS_SENTENCE = /^[\p{Lu}\p{N}"«„“(]/u;
const CAPITAL = /^\p{Lu}$/u;
const SPACE = /^\s$/;

/** Words per minute for silent reading of news prose; a common planning figure across European languages. */
const WORDS_PER_MINUTE = 200;

export function splitParagraphs(text: string): string[] {
  const blocks = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n');
  return blocks
    .map((block) => block.replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space)).trim())
    .filter((block) => block.length > 0);
}

/** The code point that ends just before `index` (a surrogate pair counts as one). */
function codePointBefore(text: string, index: number): { char: string; start: number } | null {
  if (index <= 0) return null;
  const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
  const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
  const paired = index >= 2 && isLow(text.charCodeAt(index - 1)) && isHigh(text.charCodeAt(index - 2));
  const start = paired ? index - 2 : index - 1;
  return { char: text.slice(start, index), start };
}

/** True when the terminal at `index` follows a lone capital, as in "Т. Шевченко". */
function followsInitial(text: string, index: number): boolean {
  const before = codePointBefore(text, index);
  if (!before || !CAPITAL.test(before.char)) return false;
  const preceding = codePointBefore(text, before.start);
  return preceding === null || preceding.char === '(' || SPACE.test(preceding.char);
}

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let sentenceStart = 0;
  let index = 0;
  while (index < paragraph.length) {
    if (!TERMINAL.has(paragraph[index])) {
      index += 1;
      continue;
    }
    const runStart = index;
    while (index < paragraph.length && TERMINAL.has(paragraph[index])) index += 1;
    const runLength = index - runStart;
    while (index < paragraph.length && CLOSING.has(paragraph[index])) index += 1;
    const sentenceEnd = index;
    while (index < paragraph.length && SPACE.test(paragraph[index])) index += 1;
    if (index === sentenceEnd || !OPENS_SENTENCE.test(paragraph.slice(index, index + 2))) continue;
    // Within a run of two or more terminals the end is never an initial's dot.
    if (runLength === 1 && followsInitial(paragraph, runStart)) continue;
    sentences.push(paragraph.slice(sentenceStart, sentenceEnd));
    sentenceStart = index;
  }
  sentences.push(paragraph.slice(sentenceStart));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function computeStats(paragraphs: readonly string[]): ArticleStats {
  let characters = 0;
  let words = 0;
  let sentences = 0;
  for (const paragraph of paragraphs) {
    characters += paragraph.length;
    words += countWords(paragraph);
    sentences += splitSentences(paragraph).length;
  }
  const readingTimeMinutes = words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
  return { characters, words, sentences, readingTimeMinutes };
}
