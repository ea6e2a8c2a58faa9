import type { Client } from '@elastic/elasticsearch';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';

import { ArticleSearchWriter } from './article-search-writer';

type Item = { index: { status: number; error?: { type: string; reason: string } } };

function writer(reindexing: Record<string, unknown>, items: Item[]) {
  const bulk = jest.fn(async (_: { operations: Record<string, { _index?: string }>[] }) => ({ items }));
  const client = { indices: { getAlias: async () => reindexing }, bulk } as unknown as Client;
  return { writer: new ArticleSearchWriter(client, { url: 'http://es', indexPrefix: 'nf' }), bulk };
}

const noReindex = { error: 'alias [nf-articles-reindex] missing', status: 404 };
const reindexing = { 'nf-articles-v2': { aliases: {} } };
const article = classifiedArticleFixture();
const created: Item = { index: { status: 201 } };
const conflict: Item = {
  index: { status: 409, error: { type: 'version_conflict_engine_exception', reason: 'newer' } },
};
const refused: Item = { index: { status: 400, error: { type: 'document_parsing_exception', reason: 'bad field' } } };
const busy: Item = { index: { status: 429, error: { type: 'es_rejected_execution_exception', reason: 'queue full' } } };

function targetsOf(bulk: ReturnType<typeof writer>['bulk']) {
  return bulk.mock.calls[0][0].operations.filter((o) => o['index']).map((o) => o['index']._index);
}

describe('ArticleSearchWriter', () => {
  it('writes to the search alias only when no reindex runs', async () => {
    const { writer: w, bulk } = writer(noReindex, [created]);
    expect(await w.upsert([article])).toEqual([{ id: article.id, outcome: 'written' }]);
    expect(targetsOf(bulk)).toEqual(['nf-articles']);
  });

  it('also writes to the index a reindex fills, and counts the article written if either took it', async () => {
    const { writer: w, bulk } = writer(reindexing, [conflict, created]);
    expect(await w.upsert([article])).toEqual([{ id: article.id, outcome: 'written' }]);
    expect(targetsOf(bulk)).toEqual(['nf-articles', 'nf-articles-v2']);
  });

  it('reports rejected when any target refuses the document, even if another took it', async () => {
    const { writer: w } = writer(reindexing, [created, refused]);
    expect(await w.upsert([article])).toEqual([
      { id: article.id, outcome: 'rejected', reason: 'document_parsing_exception: bad field' },
    ]);
  });

  it('reports transient when a target is busy and none refused, so the article is retried', async () => {
    const { writer: w } = writer(reindexing, [busy, created]);
    expect((await w.upsert([article]))[0].outcome).toBe('transient');
  });

  it('prefers rejected over transient when targets disagree', async () => {
    const { writer: w } = writer(reindexing, [busy, refused]);
    expect((await w.upsert([article]))[0].outcome).toBe('rejected');
  });

  it('reports stale when every target already had the version', async () => {
    const { writer: w } = writer(reindexing, [conflict, conflict]);
    expect((await w.upsert([article]))[0].outcome).toBe('stale');
  });

  it('keeps each article its own outcome across targets', async () => {
    const second = classifiedArticleFixture({ id: 'second-article' });
    const { writer: w } = writer(reindexing, [created, created, conflict, busy]);
    expect(await w.upsert([article, second])).toEqual([
      { id: article.id, outcome: 'written' },
      { id: 'second-article', outcome: 'transient', reason: 'es_rejected_execution_exception: queue full' },
    ]);
  });
});
