/**
 * Measures the running pipeline end to end (start it with `INGEST_AUTH=off bash scripts/pipeline.sh`):
 *   bash tools/run-ts.sh tools/bench/pipeline-throughput.ts [articles=2000] [concurrency=32] [freshnessSeconds=30]
 *     [batchArticles=articles] [batchSize=500]
 *
 * 1. Posts realistic ~5 KB pages (distinct stories, 1 in 20 republished) one POST each, as fast as ingest takes
 *    them, and times the first POST until Elasticsearch holds every article; per-stage CPU ms per article from
 *    each process's own metrics.
 * 2. The same through `POST /v1/articles/batch` (NDJSON, batchSize per request, two requests in flight, 429s
 *    waited out): articles/s accepted and end to end.
 * 3. In the same run, the raw Elasticsearch bulk ceiling for the very same final documents (scratch index,
 *    same mapping), and the ratio of each mode to it.
 * 4. At half the single-POST end-to-end rate, p50/p99 of publish → searchable for every article (single POSTs),
 *    and of each step on the way: onto each topic (broker timestamps), written, searchable.
 * 5. The pure work per article from the article-text and article-classification benches (skip: NO_PURE_WORK=1).
 *
 * FRESHNESS_AT=<articles/s> runs step 4 alone at that rate, for comparing latency settings quickly.
 */
import { join } from 'node:path';

import { Client } from '@elastic/elasticsearch';
import { articleAlias } from '@newsflow/search-index';
import { RealisticPages } from '@newsflow/test-harness';
import { Kafka, logLevel } from 'kafkajs';

import { bulkCeiling } from './pipeline/bulk-ceiling';
import { engineCpuSeconds, engineMsPerArticle } from './pipeline/engine-cpu';
import { arrivals, hopPercentiles, HOPS } from './pipeline/hop-times';
import { machineBusySeconds } from './pipeline/machine-cpu';
import { postArticle } from './pipeline/post-article';
import { postBatch } from './pipeline/post-batch';
import { pureWorkFigures, pureWorkOnPages } from './pipeline/pure-work';
import { countSearchable, searchableIds, writtenIds } from './pipeline/search-count';
import { cpuMsPerArticle, stageCpuSeconds } from './pipeline/stage-cpu';

const basePort = Number(process.env['NEWSFLOW_BASE_PORT'] ?? 3000);
const ingestUrl = `http://127.0.0.1:${basePort}`;
const prefix = process.env['ELASTICSEARCH_INDEX_PREFIX'] ?? 'newsflow';
const alias = articleAlias(prefix);
const elasticsearch = new Client({ node: process.env['ELASTICSEARCH_URL'] ?? 'http://127.0.0.1:9200' });
const kafka = new Kafka({ brokers: [process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092'], logLevel: logLevel.WARN });
const total = Number(process.argv[2] ?? 2000);
const concurrency = Number(process.argv[3] ?? 32);
const freshnessSeconds = Number(process.argv[4] ?? 30);
const batchTotal = Number(process.argv[5] ?? total);
const batchSize = Number(process.argv[6] ?? 500);
const BATCHES_IN_FLIGHT = 2;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Times `send` from its start until Elasticsearch holds `count` articles of `source`, with per-stage CPU. */
async function timedUntilSearchable(source: string, count: number, send: () => Promise<void>) {
  const cpuBefore = await stageCpuSeconds(basePort);
  const machineBefore = machineBusySeconds();
  const enginesBefore = engineCpuSeconds();
  const started = performance.now();
  await send();
  const accepted = performance.now();
  let searchable = 0;
  const deadline = Date.now() + 30 * 60_000;
  while (searchable < count && Date.now() < deadline) {
    await sleep(250);
    searchable = await countSearchable(elasticsearch, alias, [source]);
  }
  const finished = performance.now();
  const cpu = cpuMsPerArticle(cpuBefore, await stageCpuSeconds(basePort), count);
  const machineCpuMs = ((machineBusySeconds() - machineBefore) * 1000) / count;
  const engines = engineMsPerArticle(enginesBefore, engineCpuSeconds(), count);
  return {
    count,
    searchable,
    ingestPerSecond: count / ((accepted - started) / 1000),
    endToEndPerSecond: searchable / ((finished - started) / 1000),
    seconds: (finished - started) / 1000,
    cpu,
    machineCpuMs,
    engines,
  };
}

type Measured = Awaited<ReturnType<typeof timedUntilSearchable>>;

function singlePosts(pages: RealisticPages, source: string) {
  return timedUntilSearchable(source, total, async () => {
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) await postArticle(ingestUrl, pages.page(next++));
      }),
    );
  });
}

function batchPosts(pages: RealisticPages, source: string) {
  return timedUntilSearchable(source, batchTotal, async () => {
    let next = 0;
    await Promise.all(
      Array.from({ length: BATCHES_IN_FLIGHT }, async () => {
        while (next < batchTotal) {
          const first = next;
          next = Math.min(batchTotal, next + batchSize);
          await postBatch(
            ingestUrl,
            Array.from({ length: next - first }, (_, i) => pages.page(first + i)),
          );
        }
      }),
    );
  });
}

function report(mode: string, measured: Measured, ceilingPerSecond: number) {
  console.log(`${mode}: ${measured.count} articles, ${measured.searchable} searchable`);
  console.log(`  ingest accepted: ${measured.ingestPerSecond.toFixed(0)} articles/s`);
  console.log(
    `  end to end: ${measured.endToEndPerSecond.toFixed(1)} articles/s (first POST → all searchable ${measured.seconds.toFixed(1)} s), ratio to bulk ceiling ${(measured.endToEndPerSecond / ceilingPerSecond).toFixed(3)}`,
  );
  console.log(
    `  CPU ms per article: ${Object.entries(measured.cpu)
      .filter(([, ms]) => Number.isFinite(ms))
      .map(([stage, ms]) => `${stage} ${ms.toFixed(1)}`)
      .join(', ')}; whole machine ${measured.machineCpuMs.toFixed(1)}`,
  );
  console.log(
    `  of which, CPU ms per article: ${Object.entries(measured.engines)
      .map(([engine, ms]) => `${engine} ${ms.toFixed(1)}`)
      .join(', ')}`,
  );
}

/**
 * Polls until every posted article is seen, noting when. Each question is asked in its own loop every
 * POLL_MS, so one slow answer does not delay the other's reading: a reading is late by at most one
 * poll cycle, which the report prints so the figures can be read with their error.
 */
async function pollUntilSeen(
  postedAt: Map<string, number>,
  seenAt: Map<string, number>,
  isPosting: () => boolean,
  seen: (ids: string[]) => Promise<Set<string>>,
): Promise<number[]> {
  const cycles: number[] = [];
  const waiting = () => [...postedAt.keys()].filter((id) => !seenAt.has(id));
  while (isPosting() || waiting().length > 0) {
    const began = Date.now();
    await sleep(POLL_MS);
    const found = await seen(waiting().slice(0, 1000));
    const at = Date.now();
    for (const id of found) seenAt.set(id, at);
    cycles.push(at - began);
  }
  return cycles;
}

const POLL_MS = 20;

async function freshness(pages: RealisticPages, rate: number) {
  const postedAt = new Map<string, number>();
  const writtenAt = new Map<string, number>();
  const searchableAt = new Map<string, number>();
  let posting = true;
  const pollers = Promise.all([
    pollUntilSeen(
      postedAt,
      searchableAt,
      () => posting,
      (ids) => searchableIds(elasticsearch, alias, ids),
    ),
    pollUntilSeen(
      postedAt,
      writtenAt,
      () => posting,
      (ids) => writtenIds(elasticsearch, alias, ids),
    ),
  ]);
  const count = Math.round(rate * freshnessSeconds);
  const started = Date.now();
  const inFlight: Promise<void>[] = [];
  for (let n = 0; n < count; n++) {
    await sleep(Math.max(0, started + (n * 1000) / rate - Date.now()));
    const sent = Date.now();
    inFlight.push(postArticle(ingestUrl, pages.page(total + n)).then((id) => void postedAt.set(id, sent)));
  }
  await Promise.all(inFlight);
  posting = false;
  const cycles = (await Promise.race([pollers, sleep(120_000).then(() => [[], []])])).flat().sort((a, b) => a - b);
  const latencies = [...searchableAt].map(([id, at]) => at - (postedAt.get(id) ?? at)).sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  const ids = new Set(postedAt.keys());
  const onTopics = await Promise.all(HOPS.map((topic) => arrivals(kafka, topic, ids, started)));
  const hops = hopPercentiles(postedAt, onTopics, writtenAt, searchableAt);
  const pollP99 = cycles[Math.floor(cycles.length * 0.99)] ?? Number.NaN;
  return { posted: count, measured: latencies.length, p50: at(0.5), p99: at(0.99), hops, pollP99 };
}

function reportFreshness(rate: number, fresh: Awaited<ReturnType<typeof freshness>>): void {
  console.log(
    `publish → searchable at ${rate.toFixed(1)} articles/s for ${freshnessSeconds} s (${fresh.measured}/${fresh.posted} measured): p50 ${fresh.p50.toFixed(0)} ms, p99 ${fresh.p99.toFixed(0)} ms (a reading is late by up to one poll cycle, p99 ${fresh.pollP99.toFixed(0)} ms)`,
  );
  console.log(
    `its steps (broker timestamps; "written" is when a real-time GET finds the document):\n${fresh.hops.join('\n')}`,
  );
}

async function main() {
  const run = Date.now().toString(36);
  const pages = new RealisticPages(join(__dirname, '..', '..'), run);
  const freshnessOnlyAt = Number(process.env['FRESHNESS_AT'] ?? 0);
  if (freshnessOnlyAt > 0) {
    reportFreshness(freshnessOnlyAt, await freshness(pages, freshnessOnlyAt));
    await elasticsearch.close();
    return;
  }
  const single = await singlePosts(pages, `bench-${run}`);
  // The batch run's own source, and pages numbered after the single run's, so no article is posted twice.
  const batchPages = new RealisticPages(join(__dirname, '..', '..'), `${run}b`);
  const batched = await batchPosts(batchPages, `bench-${run}b`);
  const ceiling = await bulkCeiling(elasticsearch, alias, prefix, [`bench-${run}`, `bench-${run}b`]);
  console.log(`concurrency: ${concurrency} single POSTs; batches of ${batchSize}, ${BATCHES_IN_FLIGHT} in flight`);
  console.log(
    `raw Elasticsearch bulk ceiling, same ${ceiling.documents} documents (${(ceiling.bytes / ceiling.documents / 1024).toFixed(1)} KB each): ${ceiling.perSecond.toFixed(0)} documents/s`,
  );
  report('single POST /v1/articles', single, ceiling.perSecond);
  report('POST /v1/articles/batch', batched, ceiling.perSecond);
  // Freshness is measured with single POSTs, so at half of what that path sustains end to end.
  const rate = single.endToEndPerSecond / 2;
  reportFreshness(rate, await freshness(pages, rate));
  await elasticsearch.close();
  if (process.env['NO_PURE_WORK'] === '1') return;
  const onPages = pureWorkOnPages(500);
  console.log(
    `\npure work per article on these pages (mean CPU): normalise ${onPages.normaliseMs.toFixed(2)} ms, classify ${onPages.classifyMs.toFixed(2)} ms`,
  );
  console.log(
    `  stage CPU / pure work, batch mode: normalizer ${(batched.cpu.normalizer / onPages.normaliseMs).toFixed(2)}×, classifier ${(batched.cpu.classifier / onPages.classifyMs).toFixed(2)}×`,
  );
  console.log(`\npure work per article, the libraries' own benches:\n${pureWorkFigures()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
