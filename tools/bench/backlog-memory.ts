/**
 * Bounded memory under a backlog (start the pipeline with `bash scripts/pipeline.sh`):
 *   bash tools/run-ts.sh tools/bench/backlog-memory.ts [articles=100000]
 *
 * Publishes the articles straight onto the raw topic, far faster than the stages consume them, so
 * the backlog sits in Kafka; then samples every stage's resident memory (its own
 * process_resident_memory_bytes) each second until Elasticsearch holds every article. Prints the
 * peak RSS per stage and the drain rate. A drain that makes no progress for 5 minutes (articles dead-lettered, a
 * stage down) ends the run with what was measured. Bounded in itself: pages are generated as they are published.
 */
import { join } from 'node:path';

import { Client } from '@elastic/elasticsearch';
import { Topics } from '@newsflow/contracts';
import { articleAlias } from '@newsflow/search-index';
import { RealisticPages } from '@newsflow/test-harness';
import { Kafka, logLevel } from 'kafkajs';

import { countSearchable } from './pipeline/search-count';
import { STAGES } from './pipeline/stage-cpu';

const basePort = Number(process.env['NEWSFLOW_BASE_PORT'] ?? 3000);
const alias = articleAlias(process.env['ELASTICSEARCH_INDEX_PREFIX'] ?? 'newsflow');
const elasticsearch = new Client({ node: process.env['ELASTICSEARCH_URL'] ?? 'http://127.0.0.1:9200' });
const kafka = new Kafka({ brokers: [process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092'], logLevel: logLevel.WARN });
const total = Number(process.argv[2] ?? 100_000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const STALL_MS = 5 * 60_000;

async function residentBytes(): Promise<number[]> {
  return Promise.all(
    STAGES.map(async (_stage, offset) => {
      const metrics = await (await fetch(`http://127.0.0.1:${basePort + offset}/metrics`)).text();
      const line = metrics.split('\n').find((row) => row.startsWith('process_resident_memory_bytes '));
      return line ? Number(line.split(' ')[1]) : Number.NaN;
    }),
  );
}

async function publishBacklog(run: string): Promise<number> {
  const pages = new RealisticPages(join(__dirname, '..', '..'), run);
  const producer = kafka.producer({ idempotent: true });
  await producer.connect();
  const started = performance.now();
  for (let start = 0; start < total; start += 500) {
    const messages = Array.from({ length: Math.min(500, total - start) }, (_, i) => {
      const page = pages.page(start + i);
      return { key: page.guid, value: JSON.stringify(page) };
    });
    await producer.send({ topic: Topics.rawArticle, acks: -1, messages });
  }
  await producer.disconnect();
  return total / ((performance.now() - started) / 1000);
}

async function main() {
  const run = `backlog-${Date.now().toString(36)}`;
  const peak = await residentBytes();
  const sampler = setInterval(() => {
    void residentBytes().then((now) => now.forEach((bytes, i) => (peak[i] = Math.max(peak[i], bytes))));
  }, 1000);
  const started = performance.now();
  const publishRate = await publishBacklog(run);
  console.log(`published ${total} articles onto ${Topics.rawArticle} at ${publishRate.toFixed(0)}/s`);
  let searchable = 0;
  let progressedAt = Date.now();
  while (searchable < total && Date.now() - progressedAt < STALL_MS) {
    await sleep(2000);
    const now = await countSearchable(elasticsearch, alias, [`bench-${run}`]);
    if (now > searchable) progressedAt = Date.now();
    searchable = now;
    process.stdout.write(`\r${searchable}/${total} searchable`);
  }
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\ndrained ${searchable} of ${total} articles in ${seconds.toFixed(0)} s (${(searchable / seconds).toFixed(1)} articles/s)`,
  );
  console.log(
    `peak RSS: ${STAGES.map((stage, i) => `${stage} ${(peak[i] / 2 ** 20).toFixed(0)} MB`).join(', ')} (ingest idle)`,
  );
  await elasticsearch.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
