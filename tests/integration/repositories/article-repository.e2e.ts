import '../support/stack-env';

import { ArticleRepository, runArticleMigrations } from '@newsflow/article-store';
import type { ClassifiedArticle } from '@newsflow/contracts';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';
import type { DataSource } from 'typeorm';

import { recreateScratchDatabase, scratchDataSource } from '../support/scratch-database';

function revision(id: string, version: number): ClassifiedArticle {
  const article = classifiedArticleFixture({ id, version });
  return { ...article, text: { ...article.text, title: `${id} at ${version}` } };
}

describe('ArticleRepository on PostgreSQL', () => {
  let dataSource: DataSource;
  let articles: ArticleRepository;

  async function stored(id: string): Promise<{ version: number; title: string } | undefined> {
    const rows: { version: string; title: string }[] = await dataSource.query(
      'SELECT version, title FROM articles WHERE id = $1',
      [id],
    );
    return rows[0] && { version: Number(rows[0].version), title: rows[0].title };
  }

  beforeAll(async () => {
    await recreateScratchDatabase();
    dataSource = await scratchDataSource();
    await runArticleMigrations(dataSource);
    articles = new ArticleRepository(dataSource);
  });

  afterAll(() => dataSource?.destroy());

  it('writes a new article, replaces it with a newer version, and ignores an older or equal one', async () => {
    expect(await articles.upsertMany([revision('a', 2)])).toEqual([{ id: 'a', outcome: 'written' }]);
    expect(await articles.upsertMany([revision('a', 1)])).toEqual([{ id: 'a', outcome: 'stale' }]);
    expect(await stored('a')).toEqual({ version: 2, title: 'a at 2' });

    expect(await articles.upsertMany([revision('a', 2)])).toEqual([{ id: 'a', outcome: 'stale' }]);
    const updatedAt = await dataSource.query('SELECT updated_at FROM articles WHERE id = $1', ['a']);
    expect(await articles.upsertMany([revision('a', 2)])).toEqual([{ id: 'a', outcome: 'stale' }]);
    expect(await dataSource.query('SELECT updated_at FROM articles WHERE id = $1', ['a'])).toEqual(updatedAt);

    expect(await articles.upsertMany([revision('a', 3)])).toEqual([{ id: 'a', outcome: 'written' }]);
    expect(await stored('a')).toEqual({ version: 3, title: 'a at 3' });
    expect((await articles.findById('a'))?.text.title).toBe('a at 3');
  });

  it('a re-classification of the same version at a higher revision replaces the row once; older revisions never do', async () => {
    const classified = (version: number, classifierRevision: number) => {
      const article = revision('r', version);
      return {
        ...article,
        text: { ...article.text, title: `r at ${version}.${classifierRevision}` },
        classification: { ...article.classification, revision: classifierRevision },
      };
    };
    expect(await articles.upsertMany([classified(2, 1)])).toEqual([{ id: 'r', outcome: 'written' }]);
    expect(await articles.upsertMany([classified(2, 2)])).toEqual([{ id: 'r', outcome: 'written' }]);
    expect(await articles.upsertMany([classified(2, 2)])).toEqual([{ id: 'r', outcome: 'stale' }]);
    expect(await articles.upsertMany([classified(2, 1)])).toEqual([{ id: 'r', outcome: 'stale' }]);
    expect(await articles.upsertMany([classified(1, 9)])).toEqual([{ id: 'r', outcome: 'stale' }]);
    expect(await stored('r')).toEqual({ version: 2, title: 'r at 2.2' });
    expect(await articles.upsertMany([classified(3, 1)])).toEqual([{ id: 'r', outcome: 'written' }]);
    expect(await stored('r')).toEqual({ version: 3, title: 'r at 3.1' });
  });

  it('settles a mixed batch in one statement, reporting each article in the order given', async () => {
    await articles.upsertMany([revision('old', 5), revision('newer', 5), revision('same', 5)]);
    const outcome = await articles.upsertMany([
      revision('old', 4),
      revision('fresh', 1),
      revision('newer', 6),
      revision('twice', 1),
      revision('same', 5),
      revision('twice', 2),
      revision('fresh', 1),
    ]);
    expect(outcome).toEqual([
      { id: 'old', outcome: 'stale' },
      { id: 'fresh', outcome: 'written' },
      { id: 'newer', outcome: 'written' },
      { id: 'twice', outcome: 'stale' },
      { id: 'same', outcome: 'stale' },
      { id: 'twice', outcome: 'written' },
      { id: 'fresh', outcome: 'stale' },
    ]);
    expect(await stored('old')).toEqual({ version: 5, title: 'old at 5' });
    expect(await stored('fresh')).toEqual({ version: 1, title: 'fresh at 1' });
    expect(await stored('newer')).toEqual({ version: 6, title: 'newer at 6' });
    expect(await stored('twice')).toEqual({ version: 2, title: 'twice at 2' });
    const countries = await dataSource.query('SELECT countries FROM articles WHERE id = $1', ['fresh']);
    expect(countries).toEqual([{ countries: ['GB'] }]);
  });
});
