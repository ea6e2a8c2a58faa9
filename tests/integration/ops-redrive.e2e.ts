import { eventually } from '@newsflow/test-harness';
import { Client as PgClient } from 'pg';

import { postArticle, search } from './support/newsflow-client';
import { ops, opsOk } from './support/ops-cli';
import { stack } from './support/stack-env';
import { articleRows, searchDocuments } from './support/storage-probe';

interface ListedLetter {
  address: string;
  stage: string;
  key: string | null;
  reason: string;
}

async function indexerDeadLettersFor(ids: string[]): Promise<ListedLetter[]> {
  const listed = await opsOk('dead-letters', 'list', '--stage', 'indexer', '--since', '30m', '--json');
  return listed
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ListedLetter)
    .filter((letter) => letter.key !== null && ids.includes(letter.key));
}

describe('ops redrive: dead letters of a fault, redriven after the fault is gone', () => {
  const run = `redrive${Date.now()}`;
  const constraint = `e2e_${run}_refused`;
  // The fault: a database rule that refuses these articles' rows (a rejected write is dead-lettered at once).
  async function refuseRows(refused: boolean): Promise<void> {
    const client = new PgClient({ connectionString: stack.databaseUrl });
    await client.connect();
    try {
      await client.query(
        refused
          ? `ALTER TABLE articles ADD CONSTRAINT ${constraint} CHECK (title NOT LIKE '%${run}%') NOT VALID`
          : `ALTER TABLE articles DROP CONSTRAINT IF EXISTS ${constraint}`,
      );
    } finally {
      await client.end();
    }
  }

  afterAll(() => refuseRows(false));

  it('indexes each dead-lettered article exactly once, even when redriven twice', async () => {
    await refuseRows(true);
    const ids: string[] = [];
    let letters: ListedLetter[] = [];
    try {
      for (let n = 0; n < 3; n += 1) {
        ids.push(
          await postArticle({
            source: 'e2e-redrive',
            guid: `${run}-${n}`,
            title: `Redrive probe ${run} ${n}`,
            text: `The database refused this ${run} dispatch number ${n} until its rule was dropped.`,
          }),
        );
      }
      letters = await eventually(
        async () => {
          const found = await indexerDeadLettersFor(ids);
          expect(found.map((letter) => letter.key).sort()).toEqual([...ids].sort());
          return found;
        },
        120_000,
        2_000,
      );
    } finally {
      await refuseRows(false);
    }
    expect(letters.every((letter) => letter.reason.includes(constraint))).toBe(true);
    expect((await search({ q: run })).body.total).toBe(0);

    const addresses = letters.map((letter) => letter.address);
    const dryRun = await opsOk('dead-letters', 'redrive', '--stage', 'indexer', '--dry-run', '--address', ...addresses);
    expect(dryRun).toContain('dry run: 3 dead letters would be redriven');

    const shown = JSON.parse(await opsOk('dead-letters', 'show', addresses[0]));
    expect(shown).toMatchObject({ stage: 'indexer', topic: 'news.article.classified.v2', original: { id: ids[0] } });

    for (let time = 0; time < 2; time += 1) {
      expect(await opsOk('dead-letters', 'redrive', '--address', ...addresses)).toContain('redriven 3 dead letters');
    }
    await eventually(async () => expect((await search({ q: run })).body.total).toBe(3), 60_000, 500);
    const documents = await searchDocuments({ term: { source: 'e2e-redrive' } });
    const rows = await articleRows(ids);
    expect(
      documents
        .filter((d) => ids.includes(d.id))
        .map((d) => d.id)
        .sort(),
    ).toEqual([...ids].sort());
    expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
    for (const row of rows) expect(documents.find((d) => d.id === row.id)?.version).toBe(Number(row.version));
  });

  it('rejects a bad time filter with an example, and a missing dead letter by its address', async () => {
    const badTime = await ops('dead-letters', 'list', '--since', 'yesterday');
    expect(badTime.status).toBe(1);
    expect(badTime.stderr).toContain("'yesterday' is neither an ISO 8601 time");
    const missing = await ops('dead-letters', 'show', '99:99');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no dead letter at 99:99');
  });
});
