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
const article = classifiedArticleFixture();

describe('ArticleSearchWriter', () => {
  it('writes to the search alias only when no reindex runs', async () => {
    const { writer: w, bulk } = writer(noReindex, [{ index: { status: 201 } }]);
    expect(await w.upsert([article])).toEqual(['written']);
    expect(bulk.mock.calls[0][0].operations.filter((o) => o['index']).map((o) => o['index']._index)).toEqual([
      'nf-articles',
    ]);
  });

  it('also writes to the index a reindex fills, and counts the article written if either took it', async () => {
    const { writer: w, bulk } = writer({ 'nf-articles-v2': { aliases: {} } }, [
      { index: { status: 409, error: { type: 'version_conflict_engine_exception', reason: 'newer' } } },
      { index: { status: 201 } },
    ]);
    expect(await w.upsert([article])).toEqual(['written']);
    expect(bulk.mock.calls[0][0].operations.filter((o) => o['index']).map((o) => o['index']._index)).toEqual([
      'nf-articles',
      'nf-articles-v2',
    ]);
  });

  it('fails when any target refuses for another reason than an equal or newer version', async () => {
    const { writer: w } = writer({ 'nf-articles-v2': { aliases: {} } }, [
      { index: { status: 201 } },
      { index: { status: 403, error: { type: 'cluster_block_exception', reason: 'read-only' } } },
    ]);
    await expect(w.upsert([article])).rejects.toThrow('cluster_block_exception');
  });

  it('reports stale when every target already had the version', async () => {
    const conflict = { index: { status: 409, error: { type: 'version_conflict_engine_exception', reason: 'same' } } };
    const { writer: w } = writer(noReindex, [conflict]);
    expect(await w.upsert([article])).toEqual(['stale']);
  });
});
