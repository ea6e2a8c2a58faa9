import { NameRun } from './name-runs';

/** How many mid-sentence mentions make a lone capitalised word a person without any other cue. */
const RECURRING = 2;

/**
 * Lone capitalised words that recur mid-sentence under one surname key (Зірка, Зірки, Зірку) and that nothing
 * else claimed: places and organisations are blocked before names are read, so what recurs is mostly a person
 * the text keeps referring to by one name (fiction, interviews, profiles).
 */
export function recurringKeys(runs: NameRun[], keyOf: (run: NameRun) => string): Set<string> {
  const counts = new Map<string, number>();
  for (const run of runs) counts.set(keyOf(run), (counts.get(keyOf(run)) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= RECURRING).map(([key]) => key));
}
