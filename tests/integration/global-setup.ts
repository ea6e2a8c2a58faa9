import './register-paths';

import { join } from 'node:path';

import { Client } from '@elastic/elasticsearch';
import { repoRoot, startApps, startEngines } from '@newsflow/test-harness';

import { freshDatabase } from './support/fresh-database';
import { recordRunningApps } from './support/restarted-apps';

// Several checkouts on one machine (a developer's worktrees) each run their own suite in a slot:
// their own engines (KAFKA_PORT, ELASTICSEARCH_PORT), database and app ports.
const SLOT = Number(process.env['NEWSFLOW_TEST_SLOT'] ?? '0');
const DATABASE = SLOT ? `newsflow_test_${SLOT}` : 'newsflow_test';
const INDEX_PREFIX = 'newsflow-test';
const BASE_PORT = 3100 + SLOT * 20;
// Apertium APY of the slot (scripts/test.sh uses the same formula); the pipeline command's is on 2737.
process.env['APERTIUM_PORT'] ??= String(2738 + SLOT * 10);

async function freshSearchIndex(elasticsearchUrl: string): Promise<void> {
  const client = new Client({ node: elasticsearchUrl });
  const indices = await client.cat.indices({ index: `${INDEX_PREFIX}-*`, format: 'json' });
  for (const { index } of indices) if (index) await client.indices.delete({ index });
  await client.close();
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const engines = startEngines(DATABASE);
  if (!process.env['DATABASE_URL']) await freshDatabase(engines.databaseUrl, DATABASE);
  await freshSearchIndex(engines.elasticsearchUrl);
  const options = {
    engines,
    basePort: BASE_PORT,
    indexPrefix: INDEX_PREFIX,
    logDir: join(repoRoot, '.engines', 'test-logs'),
    detached: false,
    logLevel: 'warn',
  };
  const stack = await startApps(options);
  (globalThis as { newsflowStack?: typeof stack }).newsflowStack = stack;
  const pids = Object.fromEntries(Object.entries(stack.processes).map(([name, child]) => [name, child.pid ?? 0]));
  recordRunningApps(options.logDir, pids);
  Object.assign(process.env, {
    NEWSFLOW_TEST_INGEST_URL: stack.urls.ingest,
    NEWSFLOW_TEST_SEARCH_URL: stack.urls['search-api'],
    NEWSFLOW_TEST_KAFKA_BROKERS: engines.kafkaBrokers,
    NEWSFLOW_TEST_DATABASE_URL: engines.databaseUrl,
    NEWSFLOW_TEST_ELASTICSEARCH_URL: engines.elasticsearchUrl,
    NEWSFLOW_TEST_INDEX_PREFIX: INDEX_PREFIX,
    NEWSFLOW_TEST_STACK_OPTIONS: JSON.stringify(options),
  });
  process.stdout.write(`\nengines and apps ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
