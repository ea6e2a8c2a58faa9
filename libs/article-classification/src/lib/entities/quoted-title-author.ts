import { Token } from '../text/tokenize';
import { NameRun } from './name-runs';

const CLOSING_QUOTE_GAP = /^ *[»”] +$/;
const OPENING_QUOTE = /[«“]/;
/** How many words a title in quotation marks may have for the word after it to be read as its author. */
const LONGEST_TITLE = 6;

/**
 * A lone capitalised word right after a title in quotation marks is its author, in the genitive or undeclined:
 * « Сад » Гнатюка, « Нічна варта » Ковалишина. Ukrainian only, where news writes the author so; a word
 * followed by another capitalised word is the title's publisher or place rather than its author.
 */
export function afterQuotedTitle(run: NameRun, tokens: Token[], text: string, language: string): boolean {
  const [previous, next] = [tokens[run.first - 1], tokens[run.last + 1]];
  if (language !== 'uk' || run.parts.length !== 1 || !previous) return false;
  if (!CLOSING_QUOTE_GAP.test(text.slice(previous.end, tokens[run.first].start))) return false;
  if (next && next.capitalised && next.spaceBefore) return false;
  for (let k = run.first - 1; k >= Math.max(0, run.first - LONGEST_TITLE); k -= 1) {
    const before = k > 0 ? text.slice(tokens[k - 1].end, tokens[k].start) : '';
    if (OPENING_QUOTE.test(before)) return tokens[k].capitalised;
    if (/[.!?»”]/.test(before)) return false;
  }
  return false;
}
