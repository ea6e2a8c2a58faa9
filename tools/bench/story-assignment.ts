/**
 * Per-article cost of story assignment as the archive grows, on an unanalysed database as in
 * production (autovacuum off), then after ANALYZE:
 *   bash tools/run-ts.sh tools/bench/story-assignment.ts [sizes=10000,100000,1000000] [probes=200]
 * For each size it recreates a scratch database (newsflow_bench_<slot>, or BENCH_DATABASE_URL),
 * applies the migrations, bulk-loads that many synthetic stored fingerprints (one story each) and
 * assigns probe articles (distinct stories, each followed by a copy): with the query used before the
 * story_band_keys table (GIN `band_keys && $1`, kept here only as the comparison), with
 * StoryRepository.assignMany one article at a time, and in batches.
 */
import { classifyArticle, type StoryFingerprint } from '@newsflow/article-classification';
import {
  AVOID_TABLE_SCANS,
  createArticleDataSource,
  runArticleMigrations,
  type StoryAssignmentRequest,
  StoryRepository,
} from '@newsflow/article-store';
import { recreateDatabase } from '@newsflow/test-harness';
import type { DataSource } from 'typeorm';

const sizes = (process.argv[2] ?? '10000,100000,1000000').split(',').map(Number);
const probeStories = Math.max(1, Math.floor(Number(process.argv[3] ?? 200) / 2));
const slot = process.env['NEWSFLOW_TEST_SLOT'] ?? '0';
const databaseUrl = process.env['BENCH_DATABASE_URL'] ?? `postgres://postgres@127.0.0.1:5432/newsflow_bench_${slot}`;
const BATCH = 50;
const LOAD_CHUNK = 100_000;
/** The old query scans every row without statistics; it gets this long per size, at least 5 articles. */
const OLD_QUERY_BUDGET_MS = 60_000;

/** A seeded generator, so every run assigns the same probe articles. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tos', 'va', 'dri', 'nel', 'pu', 'sha', 'gor', 'bel', 'ti', 'zan', 'mor'];

function paragraph(next: () => number, words: number): string {
  const word = () =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
  return `${Array.from({ length: words }, word).join(' ')}.`;
}

/** Distinct stories of four paragraphs, each followed by a copy with one paragraph rewritten. */
function probeArticles(run: string): { articleId: string; fingerprint: StoryFingerprint; copyOf?: string }[] {
  const next = random([...run].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619), 2166136261));
  return Array.from({ length: probeStories }, (_, n) => {
    const paragraphs = Array.from({ length: 4 }, () => paragraph(next, 60));
    const copy = [...paragraphs.slice(0, 3), paragraph(next, 60)];
    const fingerprint = (texts: string[]) =>
      classifyArticle({ title: '', body: texts.join('\n\n'), paragraphs: texts, language: 'en' }).fingerprint;
    const articleId = `${run}-${n}`;
    return [
      { articleId, fingerprint: fingerprint(paragraphs) },
      { articleId: `${articleId}-copy`, fingerprint: fingerprint(copy), copyOf: articleId },
    ];
  }).flat();
}

const RANDOM_HASH = '(random() * 4294967295)::bigint';

/** Fingerprints of distinct stories, generated in the server in chunks, indexes built after the load. */
async function bulkLoad(dataSource: DataSource, size: number): Promise<void> {
  await dataSource.query('ALTER TABLE story_fingerprints DROP CONSTRAINT story_fingerprints_pkey');
  await dataSource.query('ALTER TABLE stories DROP CONSTRAINT stories_pkey');
  await dataSource.query('ALTER TABLE story_band_keys DROP CONSTRAINT story_band_keys_pkey');
  for (let from = 1; from <= size; from += LOAD_CHUNK) {
    const to = Math.min(size, from + LOAD_CHUNK - 1);
    await dataSource.query(
      `INSERT INTO story_fingerprints (article_id, story_id, minhash, band_keys)
       SELECT 'stored-' || lpad(i::text, 8, '0'), 'stored-' || lpad(i::text, 8, '0'), hashes.minhash, bands.band_keys FROM generate_series($1::int, $2::int) AS i,
       LATERAL (SELECT array_agg(${RANDOM_HASH}) AS minhash FROM generate_series(1, 64) WHERE i > 0) AS hashes,
       LATERAL (SELECT array_agg(lpad(band::text, 2, '0') || ':' || lpad(to_hex(${RANDOM_HASH}), 8, '0')) AS band_keys
                FROM generate_series(0, 31) AS band WHERE i > 0) AS bands`,
      [from, to],
    );
    const chunk = [from, to].map((i) => `stored-${String(i).padStart(8, '0')}`);
    await dataSource.query(
      `INSERT INTO stories (story_id, article_id, minhash) SELECT story_id, article_id, minhash
       FROM story_fingerprints WHERE article_id BETWEEN $1 AND $2`,
      chunk,
    );
    await dataSource.query(
      `INSERT INTO story_band_keys (band_key, story_id) SELECT unnest(band_keys), story_id
       FROM story_fingerprints WHERE article_id BETWEEN $1 AND $2`,
      chunk,
    );
    process.stdout.write(`  loaded ${to}\r`);
  }
  await dataSource.query(`SET maintenance_work_mem = '512MB'`);
  await dataSource.query('ALTER TABLE story_fingerprints ADD PRIMARY KEY (article_id)');
  await dataSource.query('ALTER TABLE stories ADD PRIMARY KEY (story_id)');
  await dataSource.query('ALTER TABLE story_band_keys ADD PRIMARY KEY (band_key, story_id)');
  // Writes the load back now, not while the assignments are timed.
  await dataSource.query('CHECKPOINT');
}

/** The assignment as it was before story_band_keys, for comparison only. */
async function oldAssign(dataSource: DataSource, articleId: string, fingerprint: StoryFingerprint): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext('newsflow-story'), band) FROM
         (SELECT DISTINCT hashtext(key) AS band FROM unnest($1::text[]) AS key ORDER BY band) AS bands`,
      [fingerprint.bandKeys],
    );
    await manager.query('SELECT story_id FROM story_fingerprints WHERE article_id = $1', [articleId]);
    await manager.query(
      `SELECT DISTINCT ON (story_id) story_id, minhash::text[] AS minhash FROM story_fingerprints
       WHERE band_keys && $1::text[] ORDER BY story_id, created_at, article_id LIMIT 20`,
      [fingerprint.bandKeys],
    );
    await manager.query(
      'INSERT INTO story_fingerprints (article_id, story_id, minhash, band_keys) VALUES ($1, $2, $3::bigint[], $4::text[])',
      [articleId, articleId, fingerprint.minhash, fingerprint.bandKeys],
    );
  });
}

interface Timing {
  articles: number;
  p50Ms: number;
  meanMs: number;
  p95Ms: number;
}

function timing(perArticleMs: number[]): Timing {
  const sorted = [...perArticleMs].sort((a, b) => a - b);
  return {
    articles: sorted.length,
    p50Ms: sorted[Math.floor(sorted.length / 2)],
    meanMs: sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length,
    p95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))],
  };
}

async function timeOld(dataSource: DataSource, run: string): Promise<Timing> {
  const times: number[] = [];
  const started = performance.now();
  for (const probe of probeArticles(run)) {
    const start = performance.now();
    await oldAssign(dataSource, probe.articleId, probe.fingerprint);
    times.push(performance.now() - start);
    if (times.length >= 5 && performance.now() - started > OLD_QUERY_BUDGET_MS) break;
  }
  return timing(times);
}

async function timeNew(stories: StoryRepository, run: string, batch: number): Promise<Timing & { joined: string }> {
  const probes = probeArticles(run);
  const times: number[] = [];
  const storyOf = new Map<string, string>();
  for (let at = 0; at < probes.length; at += batch) {
    const items: StoryAssignmentRequest[] = probes.slice(at, at + batch);
    const start = performance.now();
    const assigned = await stories.assignMany(items);
    const perArticle = (performance.now() - start) / items.length;
    for (const { articleId, storyId } of assigned) storyOf.set(articleId, storyId);
    times.push(...items.map(() => perArticle));
  }
  const copies = probes.filter((probe) => probe.copyOf);
  const joined = copies.filter((probe) => storyOf.get(probe.articleId) === storyOf.get(probe.copyOf ?? '')).length;
  const distinct = new Set(probes.filter((probe) => !probe.copyOf).map((probe) => storyOf.get(probe.articleId))).size;
  return { ...timing(times), joined: `${joined}/${copies.length} copies joined, ${distinct} distinct stories` };
}

const format = (t: Timing) =>
  `p50 ${t.p50Ms.toFixed(2)} ms, mean ${t.meanMs.toFixed(2)}, p95 ${t.p95Ms.toFixed(2)} (n=${t.articles})`;

/** The plan of a batch's band-key lookup, as the repository's transaction runs it. */
async function lookupPlan(dataSource: DataSource): Promise<string> {
  const keys = probeArticles('plan')
    .slice(0, BATCH)
    .flatMap((probe) => probe.fingerprint.bandKeys);
  const rows: { 'QUERY PLAN': string }[] = await dataSource.transaction(async (manager) => {
    await manager.query(AVOID_TABLE_SCANS);
    return manager.query(
      'EXPLAIN (COSTS OFF) SELECT band_key, story_id FROM story_band_keys WHERE band_key = ANY($1::text[])',
      [keys],
    );
  });
  return rows
    .map((row) => row['QUERY PLAN'].trim())
    .filter((line) => !line.includes('Cond'))
    .join(' / ');
}

async function measureNew(dataSource: DataSource, label: string): Promise<void> {
  const stories = new StoryRepository(dataSource);
  console.log(`  ${label}: band-key lookup plan: ${await lookupPlan(dataSource)}`);
  const single = await timeNew(stories, `${label}-single`, 1);
  const batched = await timeNew(stories, `${label}-batch`, BATCH);
  console.log(`    assignMany, one article a transaction:  ${format(single)}; ${single.joined}`);
  console.log(`    assignMany, ${BATCH} articles a transaction: ${format(batched)}; ${batched.joined}`);
}

/** Removes the statistics ANALYZE gathered, to show the old query as an unanalysed server runs it. */
async function forgetStatistics(dataSource: DataSource): Promise<void> {
  const tables = `('story_fingerprints'::regclass, 'stories'::regclass, 'story_band_keys'::regclass)`;
  await dataSource.query(`DELETE FROM pg_statistic WHERE starelid IN ${tables}`);
  await dataSource.query(`UPDATE pg_class SET reltuples = -1, relpages = 0 WHERE oid IN ${tables}`);
}

async function main(): Promise<void> {
  console.log(
    `story assignment per article; ${probeStories * 2} probe articles (${probeStories} stories + a copy each)`,
  );
  for (const size of sizes) {
    await recreateDatabase(databaseUrl);
    const dataSource = await createArticleDataSource(databaseUrl).initialize();
    try {
      await runArticleMigrations(dataSource);
      const loadStart = performance.now();
      await bulkLoad(dataSource, size);
      console.log(`${size} stored fingerprints (loaded in ${((performance.now() - loadStart) / 1000).toFixed(1)} s)`);
      await measureNew(dataSource, 'no statistics');
      await dataSource.query('ANALYZE story_fingerprints, stories, story_band_keys');
      await measureNew(dataSource, 'after ANALYZE');
      // The GIN index only for the old query: its pending list would slow the new writes above.
      await dataSource.query(
        'CREATE INDEX story_fingerprints_band_keys_idx ON story_fingerprints USING gin (band_keys)',
      );
      await dataSource.query('ANALYZE story_fingerprints');
      console.log(
        `  old GIN query, one article a transaction, after ANALYZE: ${format(await timeOld(dataSource, 'old-analysed'))}`,
      );
      await forgetStatistics(dataSource);
      console.log(
        `  old GIN query, one article a transaction, no statistics: ${format(await timeOld(dataSource, 'old-unanalysed'))}`,
      );
    } finally {
      await dataSource.destroy();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
