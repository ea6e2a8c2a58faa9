/**
 * Measures translation with the real Apertium APY (`bash infra/local/apertium.sh start`, APERTIUM_PORT):
 *   bash tools/run-ts.sh tools/bench/translation.ts [articles=0] [concurrency=8]
 *
 * 1. chrF of each installed pair on the small parallel set in tools/bench/translation/parallel-set.ts.
 * 2. Paragraphs per second through APY, one at a time and `concurrency` at once (the set's sentences, repeated).
 * 3. With articles > 0, against the running pipeline (NEWSFLOW_BASE_PORT, ELASTICSEARCH_URL,
 *    ELASTICSEARCH_INDEX_PREFIX): posts that many realistic Ukrainian pages and times the first POST until all
 *    are searchable and, when the translator runs (its /health/live on base port + 5), until all carry their
 *    Russian translation. Run it once with the translator stopped for the "translation off" figure.
 */
import { join } from 'node:path';

import { Client } from '@elastic/elasticsearch';
import { articleAlias } from '@newsflow/search-index';
import { RealisticPages } from '@newsflow/test-harness';
import { ApertiumProvider, corpusChrF } from '@newsflow/translation';

import { postArticle } from './pipeline/post-article';
import { countSearchable } from './pipeline/search-count';
import { PARALLEL_SET } from './translation/parallel-set';

const apertiumUrl = process.env['APERTIUM_URL'] ?? `http://127.0.0.1:${process.env['APERTIUM_PORT'] ?? 2737}`;
const basePort = Number(process.env['NEWSFLOW_BASE_PORT'] ?? 3000);
const articles = Number(process.argv[2] ?? 0);
const concurrency = Number(process.argv[3] ?? 8);
const apertium = new ApertiumProvider({ url: apertiumUrl, timeoutMs: 60_000, brokenPairPauseMs: 0 });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function quality() {
  const rows = [];
  for (const pair of PARALLEL_SET) {
    if (!(await apertium.supports(pair.source, pair.target))) {
      rows.push({ pair: `${pair.source}→${pair.target}`, chrF: 'not installed' });
      continue;
    }
    const sources = pair.lines.map(([source]) => source);
    const started = performance.now();
    const answer = await apertium
      .translate({ source: pair.source, target: pair.target, texts: sources })
      .catch((e) => e);
    if (answer instanceof Error) {
      rows.push({ pair: `${pair.source}→${pair.target}`, chrF: `fails: ${answer.message}` });
      continue;
    }
    const seconds = (performance.now() - started) / 1000;
    rows.push({
      pair: `${pair.source}→${pair.target} (${answer.pair})`,
      chrF: corpusChrF(
        answer.texts,
        pair.lines.map(([, reference]) => reference),
      ).toFixed(1),
      'sentences/s': (sources.length / seconds).toFixed(1),
    });
  }
  console.table(rows);
}

async function paragraphRate(source: string, target: string, parallel: number): Promise<number> {
  const texts = PARALLEL_SET.find((p) => p.source === source && p.target === target)!.lines.map(([text]) => text);
  const work = Array.from({ length: 40 }, (_, n) => texts[n % texts.length]);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < work.length) await apertium.translate({ source, target, texts: [work[next++]] });
    }),
  );
  return work.length / ((performance.now() - started) / 1000);
}

async function pipeline() {
  const elasticsearch = new Client({ node: process.env['ELASTICSEARCH_URL'] ?? 'http://127.0.0.1:9200' });
  const alias = articleAlias(process.env['ELASTICSEARCH_INDEX_PREFIX'] ?? 'newsflow');
  const translator = await fetch(`http://127.0.0.1:${basePort + 5}/health/live`).then(
    (r) => r.ok,
    () => false,
  );
  const run = `tr${Date.now()}`;
  const pages = new RealisticPages(join(__dirname, '..', '..'), run);
  const source = `bench-${run}`;
  const paragraphs = { count: 0 };
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < articles) {
        const page = pages.page(next++);
        paragraphs.count += page.text.split('\n\n').length;
        await postArticle(`http://127.0.0.1:${basePort}`, page);
      }
    }),
  );
  let searchableAt = 0;
  let translatedAt = 0;
  const deadline = Date.now() + 60 * 60_000;
  while (Date.now() < deadline && (!searchableAt || (translator && !translatedAt))) {
    await sleep(250);
    const seconds = (performance.now() - started) / 1000;
    if (!searchableAt && (await countSearchable(elasticsearch, alias, [source])) >= articles) searchableAt = seconds;
    if (translator && !translatedAt) {
      const { count } = await elasticsearch.count({
        index: alias,
        query: { bool: { filter: [{ term: { source } }, { term: { translation_languages: 'ru' } }] } },
      });
      if (count >= articles) translatedAt = seconds;
    }
  }
  await elasticsearch.close();
  console.log(
    JSON.stringify(
      {
        translator: translator ? 'on' : 'off',
        articles,
        'searchable/s': (articles / searchableAt).toFixed(1),
        'all searchable after s': searchableAt.toFixed(1),
        ...(translator
          ? { 'translated/s': (articles / translatedAt).toFixed(2), 'all translated after s': translatedAt.toFixed(1) }
          : {}),
      },
      null,
      2,
    ),
  );
}

async function main() {
  console.log(`Apertium APY at ${apertiumUrl}`);
  await quality();
  for (const [source, target] of [
    ['uk', 'ru'],
    ['sr', 'en'],
  ]) {
    const one = await paragraphRate(source, target, 1);
    const many = await paragraphRate(source, target, concurrency);
    console.log(
      `${source}→${target}: ${one.toFixed(1)} paragraphs/s one at a time, ${many.toFixed(1)} with ${concurrency} at once`,
    );
  }
  if (articles > 0) await pipeline();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
