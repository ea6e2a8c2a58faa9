import { Client } from '@elastic/elasticsearch';
import { eventually } from '@newsflow/test-harness';
import { Client as PgClient } from 'pg';

import { postArticle, search } from './support/newsflow-client';
import { ops } from './support/ops-cli';
import { stack } from './support/stack-env';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function allArticleIds(): Promise<string[]> {
  const client = new PgClient({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    return (await client.query('SELECT id FROM articles ORDER BY id')).rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

describe('ops reindex under a steady stream of new articles', () => {
  const elasticsearch = new Client({ node: stack.elasticsearchUrl });
  const alias = `${stack.indexPrefix}-articles`;
  const run = `reindex${Date.now()}`;

  afterAll(() => elasticsearch.close());

  const indicesBehindAlias = async () => Object.keys(await elasticsearch.indices.getAlias({ name: alias }));

  async function indexedIds(): Promise<string[]> {
    await elasticsearch.indices.refresh({ index: alias });
    const response = await elasticsearch.search({ index: alias, size: 10_000, _source: false, sort: ['_doc'] });
    return response.hits.hits.map((hit) => hit._id!).sort();
  }

  it('keeps search answering, loses no article written meanwhile, and holds each article once', async () => {
    const baseline: string[] = [];
    for (let n = 0; n < 5; n += 1) {
      baseline.push(
        await postArticle({ source: 'e2e-reindex', guid: `${run}-base-${n}`, text: `Baseline ${run} dispatch ${n}.` }),
      );
    }
    await eventually(async () => expect((await search({ q: `${run}` })).body.total).toBe(5));
    const before = await indicesBehindAlias();

    let streaming = true;
    const streamed: string[] = [];
    const stream = (async () => {
      for (let n = 0; streaming; n += 1) {
        streamed.push(
          await postArticle({
            source: 'e2e-reindex',
            guid: `${run}-stream-${n}`,
            text: `Streamed ${run}stream dispatch ${n} arriving during the reindex.`,
          }),
        );
        await pause(100);
      }
    })();
    const answers: string[] = [];
    const watch = (async () => {
      while (streaming) {
        const reply = await search({ q: `${run}`, size: '50' });
        answers.push(reply.status === 200 ? String(reply.body.total) : `HTTP ${reply.status}`);
        await pause(50);
      }
    })();

    const reindex = await ops('reindex');
    await pause(1_000);
    streaming = false;
    await Promise.all([stream, watch]);

    expect(reindex.stderr + reindex.stdout).toMatch(/now points at .*-articles-v\d+: \d+ articles copied/);
    expect(reindex.status).toBe(0);
    // Search answered all along, and never missed one of the articles indexed before the reindex.
    expect(answers.length).toBeGreaterThan(20);
    expect(answers.filter((answer) => answer !== '5')).toEqual([]);
    expect(streamed.length).toBeGreaterThan(10);

    const after = await indicesBehindAlias();
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
    await eventually(async () => expect((await search({ q: `${run}stream` })).body.total).toBe(streamed.length));
    // Every article PostgreSQL holds is in the new index exactly once (ids are unique within one index).
    await eventually(async () => expect(await indexedIds()).toEqual(await allArticleIds()), 60_000, 1_000);
    const [{ count }] = (await elasticsearch.cat.count({ index: alias, format: 'json' })) as { count: string }[];
    expect(Number(count)).toBe((await allArticleIds()).length);
  });

  it('plans without writing on --dry-run', async () => {
    const before = await indicesBehindAlias();
    const dryRun = await ops('reindex', '--dry-run');
    expect(dryRun.stdout).toMatch(new RegExp(`${before[0]} → ${alias}-v\\d+, \\d+ articles`));
    expect(dryRun.stdout).toContain('dry run: nothing written');
    expect(await indicesBehindAlias()).toEqual(before);
  });
});
