/**
 * Dumps extractArticle's output for every evaluation input (our eval set, the sample submissions, the committed Zyte
 * sample and, when cached, the full Zyte benchmark), one JSON line per input, so a speed change can be shown to leave outputs byte-identical:
 *   bash tools/run-ts.sh tools/article-text/outputs.ts > before.jsonl   (old tree)
 *   bash tools/run-ts.sh tools/article-text/outputs.ts > after.jsonl    (new tree); cmp before.jsonl after.jsonl
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { extractArticle } from '../../libs/article-text/src';
import { ArticleSource } from '../../libs/article-text/src/lib/types';
import { buildDataset } from './eval/dataset';
import { loadZyte } from './public/zyte';

function outcome(source: ArticleSource): unknown {
  try {
    return extractArticle(source);
  } catch (error) {
    return { error: (error as { code?: string }).code ?? String(error) };
  }
}

function main(): void {
  const inputs: [string, ArticleSource][] = buildDataset().map((doc) => [
    `eval/${doc.id}`,
    doc.kind === 'html' ? { html: doc.input } : { text: doc.input },
  ]);
  const samples = join(__dirname, '../../samples/articles');
  for (const name of readdirSync(samples).sort())
    inputs.push([`samples/${name}`, JSON.parse(readFileSync(join(samples, name), 'utf8')) as ArticleSource]);
  const dirs = [
    join(__dirname, 'public/zyte-sample'),
    process.env['ZYTE_CACHE'] ?? join(__dirname, '../../tmp/public/zyte'),
  ];
  for (const dir of dirs.filter((candidate) => existsSync(join(candidate, 'ground-truth.json'))))
    for (const page of loadZyte(dir)) inputs.push([`zyte/${page.id}`, { html: page.html, url: page.url }]);
  for (const [id, source] of inputs) process.stdout.write(`${JSON.stringify({ id, article: outcome(source) })}\n`);
}

main();
