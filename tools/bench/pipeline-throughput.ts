/**
 * Measures the running pipeline end to end (start it with `bash scripts/pipeline.sh`):
 *   bash tools/run-ts.sh tools/bench/pipeline-throughput.ts [articles=2000] [concurrency=32] [freshnessSeconds=30]
 *
 * 1. Posts realistic ~5 KB pages (distinct stories, 1 in 20 republished) as fast as ingest takes them and
 *    times the first POST until Elasticsearch holds every article; per-stage CPU ms per article from each
 *    process's own metrics.
 * 2. In the same run, the raw Elasticsearch bulk ceiling for the very same final documents (scratch index,
 *    same mapping), and the ratio of the two.
 * 3. At half the measured end-to-end rate, p50/p99 of publish → searchable for every article.
 */
import { join } from 'node:path';

import { Client } from '@elastic/elasticsearch';
import { articleAlias } from '@newsflow/search-index';
import { RealisticPages } from '@newsflow/test-harness';

import { bulkCeiling } from './pipeline/bulk-ceiling';
import { postArticle } from './pipeline/post-article';
import { countSearchable, searchableIds } from './pipeline/search-count';
import { cpuMsPerArticle, stageCpuSeconds } from './pipeline/stage-cpu';

const basePort = Number(process.env['NEWSFLOW_BASE_PORT'] ?? 3000);
const ingestUrl = `http://127.0.0.1:${basePort}`;
const prefix = process.env['ELASTICSEARCH_INDEX_PREFIX'] ?? 'newsflow';
const alias = articleAlias(prefix);
const elasticsearch = new Client({ node: process.env['ELASTICSEARCH_URL'] ?? 'http://127.0.0.1:9200' });
const total = Number(process.argv[2] ?? 2000);
const concurrency = Number(process.argv[3] ?? 32);
const freshnessSeconds = Number(process.argv[4] ?? 30);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function maximumRate(pages: RealisticPages, source: string) {
  const cpuBefore = await stageCpuSeconds(basePort);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await postArticle(ingestUrl, pages.page(next++));
    }),
  );
  const accepted = performance.now();
  let searchable = 0;
  const deadline = Date.now() + 30 * 60_000;
  while (searchable < total && Date.now() < deadline) {
    await sleep(250);
    searchable = await countSearchable(elasticsearch, alias, [source]);
  }
  const finished = performance.now();
  const cpu = cpuMsPerArticle(cpuBefore, await stageCpuSeconds(basePort), total);
  return {
    searchable,
    ingestPerSecond: total / ((accepted - started) / 1000),
    endToEndPerSecond: searchable / ((finished - started) / 1000),
    seconds: (finished - started) / 1000,
    cpu,
  };
}

async function freshness(pages: RealisticPages, rate: number) {
  const postedAt = new Map<string, number>();
  const latencies: number[] = [];
  let posting = true;
  const poller = (async () => {
    while (posting || postedAt.size > 0) {
      await sleep(100);
      const found = await searchableIds(elasticsearch, alias, [...postedAt.keys()].slice(0, 1000));
      const now = performance.now();
      for (const id of found) {
        latencies.push(now - (postedAt.get(id) ?? now));
        postedAt.delete(id);
      }
    }
  })();
  const count = Math.round(rate * freshnessSeconds);
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let n = 0; n < count; n++) {
    await sleep(Math.max(0, started + (n * 1000) / rate - performance.now()));
    const sent = performance.now();
    inFlight.push(postArticle(ingestUrl, pages.page(total + n)).then((id) => void postedAt.set(id, sent)));
  }
  await Promise.all(inFlight);
  posting = false;
  await Promise.race([poller, sleep(120_000)]);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return { posted: count, measured: latencies.length, p50: at(0.5), p99: at(0.99) };
}

async function main() {
  const run = Date.now().toString(36);
  const pages = new RealisticPages(join(__dirname, '..', '..'), run);
  const source = `bench-${run}`;
  const maximum = await maximumRate(pages, source);
  console.log(`articles: ${total}, searchable: ${maximum.searchable}, concurrency: ${concurrency}`);
  console.log(`ingest accepted: ${maximum.ingestPerSecond.toFixed(0)} articles/s`);
  console.log(
    `end to end: ${maximum.endToEndPerSecond.toFixed(1)} articles/s (first POST → all searchable ${maximum.seconds.toFixed(1)} s)`,
  );
  const ceiling = await bulkCeiling(elasticsearch, alias, prefix, [source]);
  console.log(
    `raw Elasticsearch bulk ceiling, same ${ceiling.documents} documents (${(ceiling.bytes / ceiling.documents / 1024).toFixed(1)} KB each): ${ceiling.perSecond.toFixed(0)} documents/s`,
  );
  console.log(`ratio end to end / bulk ceiling: ${(maximum.endToEndPerSecond / ceiling.perSecond).toFixed(3)}`);
  console.log(
    `CPU ms per article: ${Object.entries(maximum.cpu)
      .map(([stage, ms]) => `${stage} ${ms.toFixed(1)}`)
      .join(', ')}`,
  );
  const rate = maximum.endToEndPerSecond / 2;
  const fresh = await freshness(pages, rate);
  console.log(
    `publish → searchable at ${rate.toFixed(1)} articles/s for ${freshnessSeconds} s (${fresh.measured}/${fresh.posted} measured): p50 ${fresh.p50.toFixed(0)} ms, p99 ${fresh.p99.toFixed(0)} ms`,
  );
  await elasticsearch.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
