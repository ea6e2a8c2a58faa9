import { ArticleStats } from '../types';

const WORD = /[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*/gu;
// A sentence ends at . ! ? … (possibly followed by closing quotes/brackets) before whitespace and a capital, digit or
// opening quote (not a dash: «Ні!» — відповів він continues the sentence). Single capital initials ("Т. Шевченко", "J. Smith") are not sentence ends.
const SENTENCE_END = /(?<!(?:^|[\s(])\p{Lu})[.!?…]+["»”’)\]]*\s+(?=[\p{Lu}\p{N}"«„“(])/gu;

/** Words per minute for silent reading of news prose; a common planning figure across European languages. */
const WORDS_PER_MINUTE = 200;

export function splitParagraphs(text: string): string[] {
  const blocks = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n');
  return blocks.map((block) => block.replace(/\s*\n\s*/g, ' ').trim()).filter((block) => block.length > 0);
}

export function splitSentences(paragraph: string): string[] {
  return paragraph
    .replace(SENTENCE_END, (match) => `${match.trimEnd()}\u0000`)
    .split('\u0000')
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
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
