/**
 * Measures the ops tools on the local engines (bash infra/local/engines.sh start), in their own
 * database (newsflow_bench_<slot>), index prefix (newsflow-bench) and topics (bench.ops.*):
 *   bash tools/run-ts.sh tools/bench/ops-tools.ts [articles=20000] [deadLetters=1000]
 * Prints the reindex rate (PostgreSQL → new Elasticsearch index, alias swapped) and the time to
 * read the dead-letter topic and redrive dead letters to their original topic.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { Client } from '@elastic/elasticsearch';
import { ArticleRepository, createArticleDataSource, runArticleMigrations } from '@newsflow/article-store';
import type { DeadLetter } from '@newsflow/contracts';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';
import { createKafkaClient } from '@newsflow/messaging';
import {
  planReindex,
  quietProgress,
  readDeadLetterTopic,
  redriveDeadLetters,
  reindexArticles,
} from '@newsflow/operations';
import { provisionArticleIndex } from '@newsflow/search-index';

const articles = Number(process.argv[2] ?? 20_000);
const deadLetters = Number(process.argv[3] ?? 1_000);
const slot = process.env['NEWSFLOW_TEST_SLOT'] ?? '0';
const database = `newsflow_bench_${slot}`;
const prefix = 'newsflow-bench';
const root = join(__dirname, '..', '..');

function engines(): Record<string, string> {
  const output = execFileSync('bash', [join(root, 'infra/local/engines.sh'), 'env'], { encoding: 'utf8' });
  return Object.fromEntries([...output.matchAll(/^export (\w+)=['"]?([^'"\n]*)/gm)].map((m) => [m[1], m[2]]));
}

async function benchReindex(elasticsearchUrl: string): Promise<void> {
  execFileSync('bash', [join(root, 'infra/local/postgres.sh'), 'ensure', database], { stdio: 'inherit' });
  const dataSource = await createArticleDataSource(`postgres://postgres@127.0.0.1:5432/${database}`).initialize();
  const client = new Client({ node: elasticsearchUrl, requestTimeout: 60_000 });
  try {
    await runArticleMigrations(dataSource);
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM articles');
    if (count < articles) {
      const repository = new ArticleRepository(dataSource);
      const seeding = Date.now();
      const SEED_BATCH = 500;
      for (let first = count; first < articles; first += SEED_BATCH) {
        await repository.upsertMany(
          Array.from({ length: Math.min(SEED_BATCH, articles - first) }, (_, k) => {
            const n = first + k;
            const body = `Bulletin ${n}: the harbour authority reported ${n % 97} ships waiting and ${n % 13} berths closed.`;
            return classifiedArticleFixture({
              id: n.toString(16).padStart(32, '0'),
              version: 1_700_000_000_000 + n,
              text: { ...classifiedArticleFixture().text, title: `Bulletin ${n}`, paragraphs: [body] },
            });
          }),
        );
      }
      console.log(`seeded ${articles - count} articles in ${((Date.now() - seeding) / 1000).toFixed(1)} s`);
    }
    await provisionArticleIndex(client, prefix);
    const plan = await planReindex(client, dataSource, prefix);
    const result = await reindexArticles(client, dataSource, plan, { prefix, progress: quietProgress });
    console.log(
      `reindex: ${result.copied} articles ${plan.from.join(',')} → ${plan.to} in ${result.seconds.toFixed(1)} s ` +
        `(${(result.copied / result.seconds).toFixed(0)} articles/s, including the ${3} s wait for writers and the alias swap)`,
    );
  } finally {
    await client.close();
    await dataSource.destroy();
  }
}

async function benchRedrive(brokers: string): Promise<void> {
  const kafka = createKafkaClient({ stage: 'bench', brokers: brokers.split(','), topicPartitions: 3 });
  const run = Date.now();
  const letterTopic = `bench.ops.deadletter.${run}`;
  const originalTopic = `bench.ops.redrive.${run}`;
  const admin = kafka.admin();
  await admin.connect();
  const producer = kafka.producer();
  await producer.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [letterTopic, originalTopic].map((topic) => ({ topic, numPartitions: 3, replicationFactor: 1 })),
    });
    const original = Buffer.from(JSON.stringify(classifiedArticleFixture())).toString('base64');
    const letters: DeadLetter[] = Array.from({ length: deadLetters }, (_, n) => ({
      reason: 'gave up after 5 attempts: bench',
      errors: [],
      stage: 'indexer',
      topic: originalTopic,
      partition: n % 3,
      offset: String(n),
      key: `article-${n}`,
      headers: { ce_id: `bench-${n}` },
      originalValueBase64: original,
      failedAt: new Date().toISOString(),
    }));
    await producer.send({
      topic: letterTopic,
      acks: -1,
      messages: letters.map((letter) => ({ key: letter.key, value: JSON.stringify(letter) })),
    });
    const started = Date.now();
    const contents = await readDeadLetterTopic(kafka, quietProgress, letterTopic);
    const read = Date.now();
    await redriveDeadLetters(kafka, contents.letters, quietProgress);
    const done = Date.now();
    console.log(
      `redrive: ${contents.letters.length} dead letters read in ${((read - started) / 1000).toFixed(1)} s, ` +
        `redriven in ${((done - read) / 1000).toFixed(1)} s; total ${((done - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await admin.deleteTopics({ topics: [letterTopic, originalTopic] }).catch(() => undefined);
    await producer.disconnect();
    await admin.disconnect();
  }
}

async function main(): Promise<void> {
  const env = engines();
  await benchReindex(env['ELASTICSEARCH_URL']);
  await benchRedrive(env['KAFKA_BROKERS']);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
