import '../support/stack-env';

import { articleMigrations, runArticleMigrations } from '@newsflow/article-store';
import type { DataSource } from 'typeorm';

import { recreateScratchDatabase, scratchDataSource } from '../support/scratch-database';

async function tables(dataSource: DataSource): Promise<string[]> {
  const rows: { tablename: string }[] = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`,
  );
  return rows.map((row) => row.tablename);
}

describe('migrations on PostgreSQL', () => {
  beforeEach(recreateScratchDatabase);

  it('all apply, all revert cleanly one by one, and apply again', async () => {
    const dataSource = await scratchDataSource();
    try {
      expect(await runArticleMigrations(dataSource)).toEqual(articleMigrations.map((migration) => migration.name));
      expect(await tables(dataSource)).toEqual([
        'api_key_rate_limits',
        'api_keys',
        'article_sources',
        'article_translations',
        'article_versions',
        'articles',
        'feed_items',
        'feeds',
        'stories',
        'story_band_keys',
        'story_fingerprints',
        'translation_cache',
      ]);
      for (let left = articleMigrations.length; left > 0; left -= 1) await dataSource.undoLastMigration();
      expect(await tables(dataSource)).toEqual([]);
      expect(await runArticleMigrations(dataSource)).toHaveLength(articleMigrations.length);
      expect(await runArticleMigrations(dataSource)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('the story band keys migration fills the new tables from the stored fingerprints', async () => {
    const before = await scratchDataSource(articleMigrations.slice(0, 2));
    try {
      await before.runMigrations();
      const insert = `INSERT INTO story_fingerprints (article_id, story_id, minhash, band_keys, created_at)
        VALUES ($1, $2, $3::bigint[], $4::text[], $5)`;
      await before.query(insert, ['first', 'first', [1, 2], ['00:a', '01:b'], '2026-01-01T00:00:00Z']);
      await before.query(insert, ['copy', 'first', [1, 3], ['00:a', '01:c'], '2026-01-01T00:01:00Z']);
      await before.query(insert, ['other', 'other', [7, 8], ['00:x', '01:y'], '2026-01-01T00:02:00Z']);
    } finally {
      await before.destroy();
    }
    const after = await scratchDataSource(articleMigrations.slice(0, 3));
    try {
      expect(await runArticleMigrations(after)).toEqual([articleMigrations[2].name]);
      expect(await after.query('SELECT story_id, article_id, minhash::text[] FROM stories ORDER BY story_id')).toEqual([
        { story_id: 'first', article_id: 'first', minhash: ['1', '2'] },
        { story_id: 'other', article_id: 'other', minhash: ['7', '8'] },
      ]);
      expect(await after.query('SELECT band_key, story_id FROM story_band_keys ORDER BY band_key')).toEqual([
        { band_key: '00:a', story_id: 'first' },
        { band_key: '00:x', story_id: 'other' },
        { band_key: '01:b', story_id: 'first' },
        { band_key: '01:y', story_id: 'other' },
      ]);
      await after.undoLastMigration();
      expect(await tables(after)).toEqual(['articles', 'story_fingerprints']);
      expect(await after.query('SELECT count(*)::int AS n FROM story_fingerprints')).toEqual([{ n: 3 }]);
    } finally {
      await after.destroy();
    }
  });

  it('articles stored before classifier revisions existed count as revision 1', async () => {
    const before = await scratchDataSource(articleMigrations.slice(0, 3));
    try {
      await before.runMigrations();
      await before.query(
        `INSERT INTO articles (id, version, source, body, language, story_id, received_at, document)
         VALUES ('old', 1, 'wire', 'Body.', 'en', 'old', now(), '{}')`,
      );
    } finally {
      await before.destroy();
    }
    const after = await scratchDataSource(articleMigrations.slice(0, 4));
    try {
      expect(await runArticleMigrations(after)).toEqual(['AddClassifierRevision1796145109175']);
      expect(await after.query('SELECT id, classifier_revision FROM articles')).toEqual([
        { id: 'old', classifier_revision: 1 },
      ]);
    } finally {
      await after.destroy();
    }
  });

  it('new documents and article text are compressed with lz4, and reverting gives the server default back', async () => {
    const dataSource = await scratchDataSource();
    const compression = async (): Promise<string[]> => {
      const rows: { setting: string }[] = await dataSource.query(
        `SELECT c.relname || '.' || a.attname || '=' || a.attcompression::text AS setting
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
         WHERE (c.relname, a.attname) IN (('articles', 'document'), ('articles', 'body'),
           ('article_versions', 'document'), ('article_sources', 'submission'))
         ORDER BY 1`,
      );
      return rows.map((row) => row.setting);
    };
    try {
      await runArticleMigrations(dataSource);
      // Debian's and the official images' PostgreSQL are built with lz4, as is the server CI runs on.
      expect(await compression()).toEqual([
        'article_sources.submission=l',
        'article_versions.document=l',
        'articles.body=l',
        'articles.document=l',
      ]);
      await dataSource.undoLastMigration();
      expect((await compression()).every((setting) => setting.endsWith('='))).toBe(true);
    } finally {
      await dataSource.destroy();
    }
  });
});
