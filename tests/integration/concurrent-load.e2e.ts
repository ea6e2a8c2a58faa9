import { eventually } from '@newsflow/test-harness';

import { postArticle } from './support/newsflow-client';
import { articleRows, searchDocuments } from './support/storage-probe';

describe('200 different articles posted at once', () => {
  it('all become searchable, none twice', async () => {
    const run = Date.now();
    const source = `e2e-load-${run}`;
    const ids = await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        postArticle({
          source,
          guid: `load-${n}`,
          title: `Regional bulletin number ${n}`,
          text: `Bulletin ${n} of run ${run}: the regional transport office reported timetable changes for line ${n % 17}.`,
        }),
      ),
    );
    expect(new Set(ids).size).toBe(200);
    await eventually(
      async () => {
        const documents = await searchDocuments({ term: { source } });
        expect(documents).toHaveLength(200);
      },
      120_000,
      1_000,
    );
    const rows = await articleRows(ids);
    expect(rows).toHaveLength(200);
    const documents = await searchDocuments({ term: { source } });
    expect(new Set(documents.map((d) => d.id)).size).toBe(200);
  });
});
