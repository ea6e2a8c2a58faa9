import { readFileSync } from 'node:fs';

/** USER_HZ, which Linux fixes at 100 for /proc/stat and /proc/<pid>/stat. */
export const TICKS_PER_SECOND = 100;

/**
 * CPU seconds the whole machine has spent busy so far (every process: JVMs, PostgreSQL, Apertium, the apps), from
 * /proc/stat, so a run can state what an article costs in all, not only in the Node processes.
 */
export function machineBusySeconds(): number {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  const [user, nice, system, , , irq, softirq, steal] = cpu.split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
}
