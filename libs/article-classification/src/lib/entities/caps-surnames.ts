import { NAME_WORD } from '@newsflow/article-text';

import { Token } from '../text/tokenize';
import { isGivenName } from './given-names';
import { ROMAN_NUMBER } from './regnal-numbers';

const beside = (word: Token | undefined, language: string) =>
  word !== undefined && word.capitalised && !word.upper && isGivenName(word.text, language);

/**
 * Words in capitals right beside a given name: the surname as official releases set it (Роман БОГАЧОВ, ПЕТРЕНКО
 * Іван). Elsewhere a word in capitals is an abbreviation or a shout, not a name; a Roman number is a king's (Louis XIV).
 */
export function capsSurnames(tokens: Token[], language: string): Set<number> {
  const found = new Set<number>();
  for (const token of tokens) {
    if (!token.upper || token.text.length < 3 || !NAME_WORD.test(token.text) || ROMAN_NUMBER.test(token.text)) continue;
    const next = tokens[token.index + 1];
    const afterGivenName = token.spaceBefore && beside(tokens[token.index - 1], language);
    const beforeGivenName = next?.spaceBefore && beside(next, language);
    if (afterGivenName || beforeGivenName) found.add(token.index);
  }
  return found;
}
