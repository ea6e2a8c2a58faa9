/**
 * Measures what a journalist waits for in the search UI:
 *  1. JavaScript the first page ships, gzipped (build first: npx nx run search-ui:build);
 *  2. search-api latency with 10,000 articles indexed: synthetic articles in a scratch index
 *     (`newsflow-bench-*`) with the real template, a facetted query with highlighting and story
 *     collapse, from concurrent clients against the built search-api (npx nx run search-api:build);
 *  3. time from the API reply to the results painted, from the page's performance marks in
 *     headless Chromium (bash infra/local/chromium.sh).
 * Needs Elasticsearch (ELASTICSEARCH_URL or ELASTICSEARCH_PORT) and PostgreSQL (DATABASE_URL).
 *   bash tools/run-ts.sh tools/bench/search-ui.ts [articles=10000] [clients=8] [requests=2000]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { analyseSearchQuery } from '@newsflow/article-text';
import { articleAlias, createElasticsearchClient, provisionArticleIndex } from '@newsflow/search-index';
import { chromium } from 'playwright-core';

const root = join(__dirname, '..', '..');
const articles = Number(process.argv[2] ?? 10_000);
const clients = Number(process.argv[3] ?? 8);
const requests = Number(process.argv[4] ?? 2000);
const elasticsearchUrl =
  process.env['ELASTICSEARCH_URL'] ?? `http://127.0.0.1:${process.env['ELASTICSEARCH_PORT'] ?? 9200}`;
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const port = Number(process.env['NEWSFLOW_BENCH_PORT'] ?? 3199);
const PREFIX = 'newsflow-bench';

const COUNTRIES = ['UA', 'KZ', 'PL', 'DE', 'US', 'RU', 'FR', 'GB', 'MD', 'GE', 'LT', 'TR'];
const TOPICS = ['medtop:11000000', 'medtop:04000000', 'medtop:16000000', 'medtop:20000638', 'medtop:15000000'];
const PEOPLE = ['Айбек Смадіяров', 'Олена Коваль', 'Jan Nowak', 'Anna Schmidt', 'John Smith', 'Ірина Бойко'];
const ORGANISATIONS = ['Укрінформ', 'Reuters', 'ООН', 'НАТО', 'Світовий банк', 'Європейська комісія'];
const SOURCES = ['ukrinform', 'reuters', 'pap', 'dpa', 'bbc', 'suspilne', 'interfax'];

function bundleSize(): void {
  const dist = join(root, 'dist', 'apps', 'search-ui');
  const page = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...page.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((match) => match[1]);
  const preloads = [...page.matchAll(/<link rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map((match) => match[1]);
  let raw = 0;
  let gzipped = 0;
  for (const file of [...scripts, ...preloads]) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  const css = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.css'));
  const cssGzipped = css.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, 'assets', file))).length, 0);
  console.log(
    `first page JavaScript: ${(raw / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped (budget 150 KB); CSS ${(cssGzipped / 1024).toFixed(1)} KB gzipped`,
  );
}

/** Words of the bundled sample articles, so that synthetic articles read like the real mix of languages. */
function vocabulary(): string[] {
  const folder = join(root, 'samples', 'articles');
  const words = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    const sample = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { text?: string; html?: string };
    const text = sample.text ?? sample.html?.replace(/<[^>]+>/g, ' ') ?? '';
    for (const word of text.match(/\p{L}{3,}/gu) ?? []) words.add(word);
  }
  return [...words];
}

let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)];
// Word frequencies in news follow a long tail: a few words are everywhere, most are rare.
const zipf = <T>(values: T[]) => values[Math.floor(values.length * random() ** 2.5)];

async function indexArticles(words: string[]): Promise<void> {
  const client = createElasticsearchClient({ url: elasticsearchUrl, indexPrefix: PREFIX });
  // The synthetic articles are the same every run (seeded), so a scratch index of the right size is reused.
  if (await client.indices.existsAlias({ name: articleAlias(PREFIX) })) {
    const { count } = await client.count({ index: articleAlias(PREFIX) });
    if (count === articles) {
      console.log(`reusing the scratch index of ${count} synthetic articles`);
      return client.close();
    }
  }
  const existing = await client.cat.indices({ index: `${PREFIX}-*`, format: 'json' });
  for (const { index } of existing) if (index) await client.indices.delete({ index });
  await provisionArticleIndex(client, PREFIX);
  const terms = new Map(words.map((word) => [word, analyseSearchQuery(word)]));
  const started = Date.now();
  const now = Date.now();
  for (let batch = 0; batch < articles; batch += 1000) {
    const operations: unknown[] = [];
    for (let n = batch; n < Math.min(batch + 1000, articles); n++) {
      const body = Array.from({ length: 3 }, () =>
        Array.from({ length: 40 + Math.floor(random() * 80) }, () => zipf(words)).join(' '),
      ).join('\n\n');
      const tokens = body.split(/\s+/);
      const id = n.toString(16).padStart(32, '0');
      // About one article in four is another outlet's report of an earlier story.
      const story =
        random() < 0.25 && n > 10
          ? Math.floor(random() * n)
              .toString(16)
              .padStart(32, '0')
          : id;
      const received = new Date(now - Math.floor(random() * 365 * 24 * 3600 * 1000)).toISOString();
      operations.push(
        { index: { _index: articleAlias(PREFIX), _id: id } },
        {
          id,
          version: Date.parse(received),
          source: pick(SOURCES),
          url: `https://example.org/${id}`,
          title: Array.from({ length: 8 }, () => zipf(words)).join(' '),
          body,
          language: pick(['uk', 'uk', 'en', 'ru', 'de', 'pl']),
          countries: [...new Set([pick(COUNTRIES), pick(COUNTRIES)])].sort(),
          places: [],
          subjects: [...new Set([pick(TOPICS), pick(TOPICS)])],
          subject_names: [],
          people: [pick(PEOPLE)],
          organisations: [pick(ORGANISATIONS), pick(ORGANISATIONS)],
          keywords: [],
          story_id: story,
          published_at: received,
          received_at: received,
          word_count: tokens.length,
          stems: tokens.flatMap((token) => terms.get(token)?.stems ?? []).join(' '),
          translit: tokens.flatMap((token) => terms.get(token)?.translit ?? []).join(' '),
        },
      );
    }
    const reply = await client.bulk({ operations: operations as never, refresh: false });
    if (reply.errors)
      throw new Error(`bulk indexing failed: ${JSON.stringify(reply.items.find((i) => i.index?.error))}`);
  }
  await client.indices.refresh({ index: articleAlias(PREFIX) });
  await client.indices.forcemerge({ index: articleAlias(PREFIX), max_num_segments: 1 });
  console.log(`indexed ${articles} synthetic articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await client.close();
}

async function startSearchApi(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'dist', 'apps', 'search-api', 'main.js')], {
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'production',
      HTTP_PORT: String(port),
      DATABASE_URL: databaseUrl,
      ELASTICSEARCH_URL: elasticsearchUrl,
      ELASTICSEARCH_INDEX_PREFIX: PREFIX,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`search-api exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('search-api was not ready within 60 s');
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

/** A journalist's query: one to two words, a country and a topic, highlighted and collapsed by story. */
function facettedQuery(words: string[]): string {
  const q = Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(words)).join(' ');
  const params = new URLSearchParams({ q, collapse: 'story', size: '20', locale: 'uk', country: pick(COUNTRIES) });
  if (random() < 0.5) params.set('topic', pick(TOPICS));
  return `http://127.0.0.1:${port}/v1/search?${params}`;
}

async function searchLatency(words: string[]): Promise<void> {
  const run = async (count: number) => {
    const latencies: number[] = [];
    let sent = 0;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (sent++ < count) {
          const started = performance.now();
          const response = await fetch(facettedQuery(words));
          await response.arrayBuffer();
          if (!response.ok) throw new Error(`search answered ${response.status}`);
          latencies.push(performance.now() - started);
        }
      }),
    );
    return latencies.sort((a, b) => a - b);
  };
  await run(Math.min(300, requests));
  const started = Date.now();
  const latencies = await run(requests);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `search-api, ${articles} articles, ${clients} clients, ${requests} facetted queries with highlighting and story collapse: ` +
      `p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms, ` +
      `p99 ${percentile(latencies, 0.99).toFixed(1)} ms, ${(requests / seconds).toFixed(0)} queries/s ` +
      `(machine load average ${loadavg()[0].toFixed(1)})`,
  );
}

async function replyToPaint(words: string[]): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env['NEWSFLOW_CHROMIUM'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const measures: number[] = [];
  for (let n = 0; n < 30; n++) {
    const url = new URL(facettedQuery(words));
    url.pathname = '/';
    await page.goto(url.href);
    const measured = await page.waitForFunction(() => {
      const entries = performance.getEntriesByName('search:reply-to-paint');
      return entries.length > 0 ? entries[0].duration : null;
    });
    measures.push((await measured.jsonValue()) as number);
  }
  await browser.close();
  measures.sort((a, b) => a - b);
  console.log(
    `API reply → results painted (performance marks, ${measures.length} page loads): ` +
      `p50 ${percentile(measures, 0.5).toFixed(1)} ms, p95 ${percentile(measures, 0.95).toFixed(1)} ms`,
  );
}

async function main(): Promise<void> {
  bundleSize();
  const words = vocabulary();
  await indexArticles(words);
  const api = await startSearchApi();
  try {
    await searchLatency(words);
    if (process.env['NEWSFLOW_BENCH_SKIP_PAINT'] !== '1') await replyToPaint(words);
  } finally {
    api.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
