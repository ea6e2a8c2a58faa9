import { surfaceOf } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { NameRun } from './name-runs';

const OPENING_QUOTE = /^\s+["“]\s*$/;
const CLOSING_QUOTE = /^\s*["”]\s+$/;

/**
 * English biographies set a nickname in quotes between the given names and the surname (Harold "Tiny" Archer); the
 * quotes split the run, so the given names alone would read as one person and the surname as another. Titles
 * and places take no such word inside them, so the given names need not be known ones.
 */
export function joinQuotedNicknames(runs: NameRun[], tokens: Token[], text: string, language: string): NameRun[] {
  if (language !== 'en') return runs;
  const joined: NameRun[] = [];
  for (let i = 0; i < runs.length; i += 1) {
    const [given, nickname, surname] = [runs[i], runs[i + 1], runs[i + 2]];
    if (surname && isNickname(given, nickname, surname, tokens, text)) {
      joined.push({
        first: given.first,
        last: surname.last,
        parts: [...given.parts, ...nickname.parts, ...surname.parts],
        surface: surfaceOf(tokens, given.first, surname.last),
      });
      i += 2;
    } else joined.push(given);
  }
  return joined;
}

function isNickname(given: NameRun, nickname: NameRun, surname: NameRun, tokens: Token[], text: string): boolean {
  const between = (left: NameRun, right: NameRun) => text.slice(tokens[left.last].end, tokens[right.first].start);
  return (
    given.parts.length <= 2 &&
    nickname.parts.length === 1 &&
    surname.parts.length === 1 &&
    OPENING_QUOTE.test(between(given, nickname)) &&
    CLOSING_QUOTE.test(between(nickname, surname))
  );
}
