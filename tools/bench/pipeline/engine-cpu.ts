import { readdirSync, readFileSync } from 'node:fs';

import { TICKS_PER_SECOND } from './machine-cpu';

/** The processes besides the stages that an article costs CPU in, told apart by their command line. */
const ENGINES = [
  ['Elasticsearch', /org\.elasticsearch\.bootstrap/],
  ['Kafka', /kafka\.Kafka/],
  ['PostgreSQL', /(^|\/)postgres[: ]/],
  ['Apertium', /apertium|lt-proc|cg-proc|lrx-proc|hfst/],
  ['benchmark', /pipeline-throughput|backlog-memory|scale-out/],
] as const;
export type Engine = (typeof ENGINES)[number][0];

/**
 * CPU seconds each engine's processes have used so far (with their reaped children, so Apertium's
 * short-lived pipelines count in its server), from /proc: what the whole-machine figure is made of
 * beyond the stages' own metrics.
 */
export function engineCpuSeconds(): Record<Engine, number> {
  const seconds = Object.fromEntries(ENGINES.map(([engine]) => [engine, 0])) as Record<Engine, number>;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const engine = ENGINES.find(([, pattern]) => pattern.test(command))?.[0];
      if (!engine) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [utime, stime, cutime, cstime] = stat
        .slice(stat.lastIndexOf(')') + 2)
        .split(' ')
        .slice(11, 15)
        .map(Number);
      seconds[engine] += (utime + stime + cutime + cstime) / TICKS_PER_SECOND;
    } catch {
      // The process ended between listing and reading it.
    }
  }
  return seconds;
}

export function engineMsPerArticle(before: Record<Engine, number>, after: Record<Engine, number>, articles: number) {
  return Object.fromEntries(
    ENGINES.map(([engine]) => [engine, ((after[engine] - before[engine]) * 1000) / articles]),
  ) as Record<Engine, number>;
}
