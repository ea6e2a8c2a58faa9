import { Token } from '../text/tokenize';
import { NameRun } from './name-runs';

const JOINERS = new Set(['і', 'й', 'та', 'и', 'або', 'чи', 'или', 'and']);

/** Whether two runs stand side by side in a list: a comma between them, or і, та, и with nothing else. */
function listed(left: NameRun, right: NameRun, tokens: Token[], text: string): boolean {
  const gap = (from: number, to: number) => text.slice(tokens[from].end, tokens[to].start);
  if (right.first === left.last + 1) return /^\s*[,;]\s*$/.test(gap(left.last, right.first));
  if (right.first !== left.last + 2 || !JOINERS.has(tokens[left.last + 1].norm)) return false;
  return /^\s*,?\s*$/.test(gap(left.last, left.last + 1)) && /^\s+$/.test(gap(left.last + 1, right.first));
}

/**
 * Surnames named once in a list beside a person are people too: Франка, Стефаника, Коцюбинського; Колріджа і
 * Вордсворта, Мелвіла і Фітцджеральда. Returns the indices of the runs that may be read so (by canJoin) and stand in
 * an unbroken list with one already read as a person, as the list reaches them one neighbour at a time.
 */
export function listedWithPeople(
  runs: NameRun[],
  isPerson: (index: number) => boolean,
  canJoin: (index: number) => boolean,
  tokens: Token[],
  text: string,
): Set<number> {
  const found = new Set<number>();
  const person = (i: number) => isPerson(i) || found.has(i);
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < runs.length; i += 1) {
      if (person(i)) continue;
      const byLeft = i > 0 && person(i - 1) && listed(runs[i - 1], runs[i], tokens, text);
      const byRight = i + 1 < runs.length && person(i + 1) && listed(runs[i], runs[i + 1], tokens, text);
      if ((byLeft || byRight) && canJoin(i)) {
        found.add(i);
        changed = true;
      }
    }
  }
  return found;
}
