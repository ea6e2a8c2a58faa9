import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { classifyArticle } from '@newsflow/article-classification';
import normaliseInWorker from '@newsflow/stage-normalise/worker';
import { RealisticPages } from '@newsflow/test-harness';

const root = join(__dirname, '..', '..', '..');
const WARM_UP = 200;

/**
 * The pure text and classification work per article, from the libraries' own benches
 * (article-text:bench, article-classification:bench), for judging per-stage CPU against it.
 */
export function pureWorkFigures(): string {
  return ['tools/article-text/bench.ts', 'tools/article-classification/bench.ts']
    .map((script) =>
      execFileSync('bash', [join(root, 'tools', 'run-ts.sh'), join(root, script)], { cwd: root, encoding: 'utf8' }),
    )
    .join('\n');
}

/**
 * The same work on the pipeline benchmark's own pages, as the stages call it: the mean CPU ms per
 * article of the normalizer's text work and of the classifier's classification, after a warm-up.
 * Stage CPU is a mean over these pages, so this is the like-for-like figure to divide it by.
 */
export function pureWorkOnPages(count: number): { normaliseMs: number; classifyMs: number } {
  const realistic = new RealisticPages(root, 'pure-work');
  const pages = Array.from({ length: WARM_UP + count }, (_, n) => realistic.page(n));
  const normalise = (n: number) => {
    const answer = normaliseInWorker({ submission: pages[n], receivedAt: new Date(), sentAt: null });
    if (!('article' in answer)) throw new Error(`page ${n} was rejected: ${answer.rejected}`);
    return answer.article;
  };
  const normalised = pages.slice(0, WARM_UP).map((_, n) => normalise(n));
  const normaliseStarted = process.cpuUsage();
  for (let n = WARM_UP; n < WARM_UP + count; n++) normalised.push(normalise(n));
  const normaliseMs = cpuMs(normaliseStarted) / count;
  const classify = (n: number) =>
    classifyArticle({
      title: normalised[n].text.title ?? '',
      paragraphs: normalised[n].text.paragraphs,
      language: normalised[n].text.language.code,
    });
  for (let n = 0; n < WARM_UP; n++) classify(n);
  const classifyStarted = process.cpuUsage();
  for (let n = WARM_UP; n < WARM_UP + count; n++) classify(n);
  return { normaliseMs, classifyMs: cpuMs(classifyStarted) / count };
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}
