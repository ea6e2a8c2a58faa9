import { NAME_WORD } from '@newsflow/article-text';

import { MAX_NAME_TOKENS } from '../limits';
import { surfaceOf } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { NAME_PARTICLES, NOT_NAME_WORDS } from './data/roles';

/** A run of capitalised words that could be a personal name; hyphenated tokens form one part (Касим-Жомарт). */
export interface NameRun {
  first: number;
  last: number;
  parts: string[];
  surface: string;
}

function canBeNamePart(
  token: Token,
  blocked: ReadonlySet<number>,
  stopwords: ReadonlySet<string>,
  capsSurnames: ReadonlySet<number>,
): boolean {
  return (
    token.capitalised &&
    (!token.upper || capsSurnames.has(token.index)) &&
    !blocked.has(token.index) &&
    token.text.length > 1 &&
    NAME_WORD.test(token.text) &&
    !NOT_NAME_WORDS.has(token.norm) &&
    !(token.sentenceStart && stopwords.has(token.norm))
  );
}

/**
 * Capitalised runs of words separated by spaces only, skipping tokens already read as places, organisations or
 * roles, and sentence-initial function words (Як, The). Words in capitals join only as the surnames the caller found. Runs longer than a name can be (Title Case headlines,
 * adversarial text) or followed by an organisation or place head word (Rapid Support Forces, Baltic Sea) are dropped.
 */
export function findNameRuns(
  tokens: Token[],
  blocked: ReadonlySet<number>,
  stopwords: ReadonlySet<string> = new Set(),
  capsSurnames: ReadonlySet<number> = new Set(),
): NameRun[] {
  const canBe = (token: Token) => canBeNamePart(token, blocked, stopwords, capsSurnames);
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!canBe(tokens[i])) {
      i += 1;
      continue;
    }
    let last = i;
    let k = i + 1;
    while (k < tokens.length && tokens[k].paragraph === tokens[i].paragraph) {
      const next = tokens[k];
      if (next.hyphenBefore && canBe(next)) last = k;
      else if (next.spaceBefore && canBe(next)) last = k;
      else {
        const afterParticles = skipParticles(tokens, k);
        if (afterParticles > k && afterParticles < tokens.length && canBe(tokens[afterParticles]))
          last = afterParticles;
        else break;
      }
      k = last + 1;
    }
    const next = tokens[last + 1];
    const namesSomethingElse =
      next !== undefined &&
      next.spaceBefore &&
      next.capitalised &&
      next.text.length > 1 && // a middle initial (Richard A. Lupoff), not the article A
      NOT_NAME_WORDS.has(next.norm);
    if (last - i + 1 <= MAX_NAME_TOKENS && !namesSomethingElse)
      runs.push({ first: i, last, parts: partsOf(tokens, i, last), surface: surfaceOf(tokens, i, last) });
    i = last + 1;
  }
  return runs;
}

/** Index after one or two lower-case name particles at k (von der), or k itself. */
function skipParticles(tokens: Token[], k: number): number {
  let j = k;
  while (j < k + 2 && j < tokens.length && tokens[j].spaceBefore && NAME_PARTICLES.has(tokens[j].norm)) j += 1;
  return j;
}

/** ПЕТРЕНКО → Петренко: a surname set in capitals is still a surname. */
const titleCase = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();

function partsOf(tokens: Token[], first: number, last: number): string[] {
  const parts: string[] = [];
  for (let k = first; k <= last; k += 1) {
    const word = tokens[k].upper ? titleCase(tokens[k].text) : tokens[k].text;
    if (tokens[k].hyphenBefore && parts.length > 0) parts[parts.length - 1] += `-${word}`;
    else parts.push(word);
  }
  return parts;
}
