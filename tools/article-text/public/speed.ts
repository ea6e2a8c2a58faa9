/**
 * Time per page of our extractor against @mozilla/readability on linkedom, fairly: one process, the same pages, each
 * page timed with both extractors back to back in alternating order, several rounds with the first discarded as
 * warm-up, so load changes on a shared machine hit both sides alike. Prints each side's median over pages (of each
 * page's median over rounds) and the ratio, in wall time and in CPU time. Run: bash tools/run-ts.sh tools/article-text/public/speed.ts [rounds]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { loadZyte } from './zyte';
import { EXTRACTORS } from './zyte-extractors';

/** Wall and CPU milliseconds of one call; CPU time (all the process's threads, so the collector too) shrugs off load. */
function timed(run: () => unknown): [number, number] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [wall, (used.user + used.system) / 1000];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function main(): void {
  const dir = process.env['ZYTE_CACHE'] ?? join(__dirname, '../../../tmp/public/zyte');
  const pagesDir = existsSync(join(dir, 'ground-truth.json')) ? dir : join(__dirname, 'zyte-sample');
  const pages = loadZyte(pagesDir);
  const rounds = Number(process.argv[2] ?? 3);
  const names = Object.keys(EXTRACTORS);
  const wall = new Map(names.map((name) => [name, pages.map((): number[] => [])]));
  const cpu = new Map(names.map((name) => [name, pages.map((): number[] => [])]));
  for (let round = 0; round < rounds; round += 1) {
    pages.forEach((page, index) => {
      const order = (round + index) % 2 === 0 ? names : [...names].reverse();
      for (const name of order) {
        const [wallMs, cpuMs] = timed(() => EXTRACTORS[name](page));
        if (round === 0) continue;
        wall.get(name)?.[index].push(wallMs);
        cpu.get(name)?.[index].push(cpuMs);
      }
    });
  }
  console.log(`${pages.length} pages from ${pagesDir}, ${rounds} rounds (first discarded), interleaved`);
  for (const [label, times] of [
    ['wall', wall],
    ['CPU', cpu],
  ] as const) {
    const medians = names.map((name) => median((times.get(name) ?? []).map(median)));
    const figures = names.map((name, index) => `${name} ${medians[index].toFixed(2)} ms`).join(', ');
    console.log(`${label} time, median per page: ${figures}; ratio ${(medians[0] / medians[1]).toFixed(3)}`);
  }
}

main();
