import '../support/stack-env';

import { type ArticleSource, ArticleSourceRepository, runArticleMigrations } from '@newsflow/article-store';
import type { DataSource } from 'typeorm';

import { recreateScratchDatabase, scratchDataSource } from '../support/scratch-database';

function source(articleId: string, version: number): ArticleSource {
  return {
    articleId,
    version,
    submission: { source: 'ukrinform', guid: articleId, html: `<p>${articleId} at ${version}</p>` },
    wireMediaType: null,
    receivedAt: new Date(version),
  };
}

describe('ArticleSourceRepository on PostgreSQL', () => {
  let dataSource: DataSource;
  let sources: ArticleSourceRepository;

  async function storedAt(articleId: string): Promise<unknown> {
    const rows: unknown[] = await dataSource.query('SELECT stored_at FROM article_sources WHERE article_id = $1', [
      articleId,
    ]);
    return rows[0];
  }

  beforeAll(async () => {
    await recreateScratchDatabase();
    dataSource = await scratchDataSource();
    await runArticleMigrations(dataSource);
    sources = new ArticleSourceRepository(dataSource);
  });

  afterAll(() => dataSource?.destroy());

  it('keeps the newer submission, ignores an older one, and leaves the row untouched on the same version', async () => {
    await sources.upsertMany([source('a', 2)]);
    await sources.upsertMany([source('a', 1)]);
    expect(await sources.findByArticle('a')).toEqual(source('a', 2));

    const before = await storedAt('a');
    await sources.upsertMany([{ ...source('a', 2), submission: { source: 'other', text: 'changed' } }]);
    expect(await storedAt('a')).toEqual(before);
    expect(await sources.findByArticle('a')).toEqual(source('a', 2));

    await sources.upsertMany([source('a', 3)]);
    expect(await sources.findByArticle('a')).toEqual(source('a', 3));
  });

  it('writes a batch with two versions of one article as its newest, one row per article', async () => {
    await sources.upsertMany([source('b', 5), source('c', 1), source('b', 4)]);
    expect(await sources.findByArticle('b')).toEqual(source('b', 5));
    expect(await sources.findByArticle('c')).toEqual(source('c', 1));
    expect(
      await dataSource.query(`SELECT count(*)::int AS n FROM article_sources WHERE article_id IN ('b', 'c')`),
    ).toEqual([{ n: 2 }]);
  });

  it('names the wire format an article came in', async () => {
    await sources.upsertMany([{ ...source('d', 1), wireMediaType: 'application/rss+xml' }]);
    expect((await sources.findByArticle('d'))?.wireMediaType).toBe('application/rss+xml');
  });
});
