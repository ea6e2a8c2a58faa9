import { createArticleDataSource, runArticleMigrations } from '@newsflow/article-store';
import { type StackOptions, startExtraApp } from '@newsflow/test-harness';
import { eventually } from '@newsflow/test-harness';
import { Client as PgClient } from 'pg';

import { closedPort } from './support/closed-port';
import { freshDatabase } from './support/fresh-database';
import { stack } from './support/stack-env';

// A client that gives up after this long sees a dependency outage as a hang, not as an answer.
const CLIENT_TIMEOUT_MS = 5_000;
const SLOT = Number(process.env['NEWSFLOW_TEST_SLOT'] ?? '0');
const EXTRA_PORT = 3100 + SLOT * 20 + 17;
const OUTAGE_DATABASE = `newsflow_outage_${SLOT}`;
const options = (): StackOptions => JSON.parse(process.env['NEWSFLOW_TEST_STACK_OPTIONS'] ?? '{}');

const call = (url: string, init?: RequestInit) =>
  fetch(url, { ...init, signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) });

async function expectFast503(response: Response): Promise<void> {
  expect(response.status).toBe(503);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(await response.json()).toMatchObject({ statusCode: 503 });
}

async function setConnections(allowed: boolean): Promise<void> {
  const admin = new PgClient({ connectionString: stack.databaseUrl.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE ${OUTAGE_DATABASE} ALLOW_CONNECTIONS ${allowed}`);
    if (!allowed) {
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [OUTAGE_DATABASE]);
    }
  } finally {
    await admin.end();
  }
}

describe('search-api answers a fast 503 with Retry-After while a store is down', () => {
  let searchApi: { url: string; stop(): Promise<void> };

  beforeAll(async () => {
    const databaseUrl = await freshDatabase(stack.databaseUrl, OUTAGE_DATABASE);
    const dataSource = await createArticleDataSource(databaseUrl).initialize();
    await runArticleMigrations(dataSource);
    await dataSource.destroy();
    searchApi = await startExtraApp('search-api', options(), {
      port: EXTRA_PORT,
      logName: 'search-api-outage',
      env: { ELASTICSEARCH_URL: `http://127.0.0.1:${await closedPort()}`, DATABASE_URL: databaseUrl },
    });
  });

  afterAll(async () => {
    await searchApi?.stop();
    await setConnections(true).catch(() => undefined);
  });

  it('503 for a search while Elasticsearch is unreachable, and not ready', async () => {
    await expectFast503(await call(`${searchApi.url}/v1/search?q=referendum`));
    expect((await call(`${searchApi.url}/health/ready`)).status).toBe(503);
  });

  it('still 414 for an oversized query, and 400 for a bad one, without asking Elasticsearch', async () => {
    expect((await call(`${searchApi.url}/v1/search?q=${'x'.repeat(100_000)}`)).status).toBe(414);
    expect((await call(`${searchApi.url}/v1/search?size=1000`)).status).toBe(400);
  });

  it('503 for an article while PostgreSQL refuses connections, and answers again once it is back', async () => {
    const article = `${searchApi.url}/v1/articles/${'0'.repeat(32)}`;
    expect((await call(article)).status).toBe(404);
    await setConnections(false);
    await expectFast503(await call(article));
    await setConnections(true);
    await eventually(async () => expect((await call(article)).status).toBe(404), 30_000);
  });
});

describe('ingest answers a fast 503 with Retry-After while Kafka is unreachable', () => {
  let ingest: { url: string; stop(): Promise<void> };

  beforeAll(async () => {
    ingest = await startExtraApp('ingest', options(), {
      port: EXTRA_PORT + 1,
      logName: 'ingest-outage',
      env: { KAFKA_BROKERS: `127.0.0.1:${await closedPort()}` },
    });
  });

  afterAll(() => ingest?.stop());

  const post = (body: unknown) =>
    call(`${ingest.url}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('is alive at once, not ready, and answers a valid submission 503', async () => {
    expect((await call(`${ingest.url}/health/live`)).status).toBe(200);
    expect((await call(`${ingest.url}/health/ready`)).status).toBe(503);
    await expectFast503(
      await post({ source: 'e2e-outage', guid: 'outage-1', text: 'A story nobody can publish yet.' }),
    );
  });

  it('still refuses an invalid submission with 400 and its field path', async () => {
    const response = await post({ source: 'e2e-outage', text: 'x', publishedAt: '0000-01-01T00:00:00Z' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      'publishedAt',
    ]);
  });
});
