import { Token } from '../text/tokenize';

/**
 * A dash, colon or opening bracket inside a sentence does not call for a capital, so a list it opens (гості –
 * Петренко, Коваленко; поети: Гнатюка і Ковалишина) names its words as mid-sentence words. A lone word
 * there (тема вечора – Відродження) may be a term written as a heading, and full stops, question and exclamation
 * marks, quotation marks and new paragraphs do open a sentence.
 */
const MID_SENTENCE_MARK = /^[ \t\u00a0]*[:–—(][ \t\u00a0]*$/;
const LIST_JOINERS = new Set(['і', 'й', 'та', 'и']);

export function opensSentence(tokens: Token[], text: string, index: number): boolean {
  const token = tokens[index];
  const [previous, next] = [tokens[index - 1], tokens[index + 1]];
  if (!token.sentenceStart || !previous || !next || previous.paragraph !== token.paragraph) return token.sentenceStart;
  const opensList = text.slice(token.end, next.start).trim() === ',' || LIST_JOINERS.has(next.norm);
  return !(opensList && MID_SENTENCE_MARK.test(text.slice(previous.end, token.start)));
}
