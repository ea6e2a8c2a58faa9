/**
 * What an indexed article costs Elasticsearch as the index grows (engines running; only scratch indices are written):
 *   bash tools/run-ts.sh tools/bench/search-growth.ts [total=200000] [window=20000] [translateEvery=2]
 *     [variants=today,bounded,periodic] [pool=3000]
 *
 * Bulk-loads realistic search documents (generated-documents.ts) into a scratch index made with the article
 * template's settings and mappings, 500 a bulk; after each bulk, 1 in `translateEvery` of its articles gets the
 * translator's partial update (a delete and reindex inside Elasticsearch). Per window of `window` articles: the
 * Elasticsearch JVM's CPU ms per article (from /proc, background merges included), articles/s, segments, store size,
 * deleted documents and merges still running. Each variant's indices are dropped after it.
 *
 * Variants: today (the template as it is), bounded (smaller largest merge, more segments a tier), async (translog
 * fsync every 5 s, not every request), periodic (a fresh index every window: time-based indices), whole (the
 * translation written with the article, no update).
 */
import { Client } from '@elastic/elasticsearch';
import { articleIndexTemplate } from '@newsflow/search-index';

import { engineCpuSeconds } from './pipeline/engine-cpu';
import { GeneratedDocuments } from './search-growth/generated-documents';
import { indexFigures } from './search-growth/index-figures';

const prefix = process.env['ELASTICSEARCH_INDEX_PREFIX'] ?? 'newsflow';
const client = new Client({ node: process.env['ELASTICSEARCH_URL'] ?? 'http://127.0.0.1:9200' });
const total = Number(process.argv[2] ?? 200_000);
const window = Number(process.argv[3] ?? 20_000);
const translateEvery = Number(process.argv[4] ?? 2);
const chosen = (process.argv[5] ?? 'today,bounded,periodic').split(',');
const poolSize = Number(process.argv[6] ?? 3000);
const BULK = 500;
/** Bulks between an article's write and its translation's: the translator answers seconds later, after a refresh. */
const TRANSLATION_LAG = 4;
const WARM_UP = 10_000;
/** One arrival a second of simulated time: only the dates' spread matters, not the rate. */
const ARRIVAL_MS = 1000;

interface Variant {
  settings: Record<string, unknown>;
  /** Articles per index before writes move to a fresh one (0: one index for all): time-based indices. */
  rotateEvery: number;
  /** The translation goes into the article's first write instead of a later update: an article indexed once. */
  translatedWhole?: boolean;
}

const VARIANTS: Record<string, Variant> = {
  today: { settings: {}, rotateEvery: 0 },
  bounded: {
    settings: { 'index.merge.policy.max_merged_segment': '512mb', 'index.merge.policy.segments_per_tier': 20 },
    rotateEvery: 0,
  },
  async: { settings: { 'index.translog.durability': 'async' }, rotateEvery: 0 },
  periodic: { settings: {}, rotateEvery: window },
  whole: { settings: {}, rotateEvery: 0, translatedWhole: true },
};

const translated = (n: number) => translateEvery > 0 && n % translateEvery === 0;
const cpuSeconds = () => engineCpuSeconds().Elasticsearch;

async function bulk(operations: unknown[]) {
  const reply = await client.bulk({ operations });
  if (reply.errors)
    throw new Error(
      `scratch bulk failed: ${JSON.stringify(reply.items.find((i) => i.index?.error ?? i.update?.error))}`,
    );
}

interface Written {
  n: number;
  count: number;
  index: string;
}

/** The translator's partial update of 1 in `translateEvery` articles of a bulk written earlier. */
async function translate({ n, count, index }: Written, run: string, documents: GeneratedDocuments) {
  const at = new Date();
  await bulk(
    Array.from({ length: count }, (_, k) => n + k)
      .filter(translated)
      .flatMap((m) => [
        { update: { _index: index, _id: documents.id(run, m) } },
        { doc: documents.translation(m, at) },
      ]),
  );
}

async function run(name: string, variant: Variant, documents: GeneratedDocuments, articles = total) {
  const scratch = `${prefix}-bench-growth-${name}-${Date.now().toString(36)}`;
  const template = articleIndexTemplate(prefix).template;
  const indices: string[] = [];
  const openIndex = async () => {
    const index = `${scratch}-${indices.length}`;
    await client.indices.create({
      index,
      settings: { ...template?.settings, ...variant.settings },
      mappings: template?.mappings,
    });
    indices.push(index);
    return index;
  };
  const started = Date.now() - articles * ARRIVAL_MS;
  try {
    let index = await openIndex();
    const written: Written[] = [];
    for (let first = 0; first < articles; first += window) {
      const cpuBefore = cpuSeconds();
      const timeBefore = performance.now();
      const last = Math.min(articles, first + window);
      for (let n = first; n < last; n += BULK) {
        if (variant.rotateEvery > 0 && n > 0 && n % variant.rotateEvery === 0) index = await openIndex();
        const count = Math.min(BULK, last - n);
        const at = (m: number) => new Date(started + m * ARRIVAL_MS);
        await bulk(
          Array.from({ length: count }, (_, k) => n + k).flatMap((m) => {
            const document = documents.document(scratch, m, at(m));
            const whole = variant.translatedWhole && translated(m);
            return [
              { index: { _index: index, _id: document.id } },
              whole ? { ...document, ...documents.translation(m, at(m)) } : document,
            ];
          }),
        );
        if (variant.translatedWhole) continue;
        written.push({ n, count, index });
        const due = written.length > TRANSLATION_LAG ? written.shift() : undefined;
        if (due) await translate(due, scratch, documents);
      }
      const seconds = (performance.now() - timeBefore) / 1000;
      const cpuMs = ((cpuSeconds() - cpuBefore) * 1000) / (last - first);
      const figures = await indexFigures(client, `${scratch}-*`);
      console.log(
        [
          name.padEnd(9),
          `${String(last).padStart(7)} articles`,
          `ES ${cpuMs.toFixed(2)} ms CPU/article`,
          `${((last - first) / seconds).toFixed(0)} articles/s`,
          `${figures.segments} segments`,
          `${figures.storeMb.toFixed(0)} MB`,
          `${figures.deleted} deleted`,
          `${figures.mergesRunning} merges running (${figures.mergingMb.toFixed(0)} MB)`,
        ].join(', '),
      );
    }
  } finally {
    if (indices.length > 0) await client.indices.delete({ index: indices });
  }
}

async function main() {
  const poolStarted = performance.now();
  const documents = new GeneratedDocuments(poolSize, 'search-growth');
  console.log(
    `${poolSize} pool articles made in ${((performance.now() - poolStarted) / 1000).toFixed(0)} s; ${total} articles in windows of ${window}, 1 in ${translateEvery} translated`,
  );
  // The JVM compiles its indexing code in the first minute; that cost belongs to no variant.
  await run('warm-up', VARIANTS['today'], documents, Math.min(window, WARM_UP));
  for (const name of chosen) await run(name, VARIANTS[name], documents);
  await client.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
