import { Token } from '../text/tokenize';
import { isGivenName } from './given-names';
import { NameRun } from './name-runs';

/**
 * The first part of a compound adjective ends in the linking -о (Науково-дослідного, Ярмарково-виставкова,
 * Північно-Східна, Чехо-Словаччини), which a surname in -ко (Франко-Коваль) or a given name (Петро-Павло) may
 * share but no other name does.
 */
const LINKING_PART = /(?:[^к]|[сцз]ьк)о$/;

/**
 * A run that is part of a compound word rather than a name: the first half of a hyphenated adjective, or a word
 * hyphenated to a number, which names an event or a product (Олімпіада-2036, Форум-2040).
 */
export function isCompoundWordPart(run: NameRun, tokens: Token[], text: string, language: string): boolean {
  const after = tokens[run.last + 1];
  if (after?.hyphenBefore && /^\d/.test(text.slice(after.start, after.end))) return true;
  for (let k = run.first; k <= run.last; k += 1) {
    const word = tokens[k].norm;
    if (tokens[k + 1]?.hyphenBefore && LINKING_PART.test(word) && !isGivenName(tokens[k].text, language)) return true;
  }
  return false;
}
