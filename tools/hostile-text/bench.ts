/**
 * Time of every exported text function on long runs of each character class (see libs/contracts/src/testing/hostile-runs.ts). Sizes grow
 * ×4 from 20k until 2M characters, or until one call takes over STOP_MS, which marks super-linear work.
 * Prints one line a case; never asserted. Run: bash tools/run-ts.sh tools/hostile-text/bench.ts [filter]
 */
import { performance } from 'node:perf_hooks';

import { classifyArticle } from '../../libs/article-classification/src';
import { analyseSearchQuery, extractArticle, transliterate } from '../../libs/article-text/src';
import { CHARACTER_RUNS, run } from '../../libs/contracts/src/testing/hostile-runs';

const STOP_MS = 3000;
const SIZES = [20_000, 80_000, 320_000, 1_280_000, 2_000_000];

const targets: Record<string, (input: string) => unknown> = {
  'extract text': (input) => extractArticle({ text: `Start ${input}` }),
  'extract html': (input) => extractArticle({ html: `<html><body><p>Start ${input}</p></body></html>` }),
  'extract html attribute': (input) =>
    extractArticle({ html: `<html><body><p title="${input}">Start of the article.</p></body></html>` }),
  classify: (input) => classifyArticle({ title: 'Start', body: input, paragraphs: [input], language: 'en' }),
  'search query': (input) => analyseSearchQuery(input),
  transliterate: (input) => transliterate(input, 'uk'),
};

function attempt(call: () => unknown): string {
  try {
    call();
    return '';
  } catch (error) {
    return ` (${(error as Error).message.slice(0, 60)})`;
  }
}

const filter = process.argv[2] ?? '';
for (const [target, call] of Object.entries(targets)) {
  if (!target.includes(filter) && filter && !Object.keys(CHARACTER_RUNS).includes(filter)) continue;
  for (const [name, unit] of Object.entries(CHARACTER_RUNS)) {
    if (filter && Object.keys(CHARACTER_RUNS).includes(filter) && name !== filter) continue;
    const figures: string[] = [];
    for (const size of SIZES) {
      const input = run(unit, size);
      const start = performance.now();
      const outcome = attempt(() => call(input));
      const ms = performance.now() - start;
      figures.push(`${size / 1000}k ${ms.toFixed(0)} ms${outcome}`);
      if (ms > STOP_MS) break;
    }
    console.log(`${target.padEnd(22)} ${name.padEnd(22)} ${figures.join(' | ')}`);
  }
}
