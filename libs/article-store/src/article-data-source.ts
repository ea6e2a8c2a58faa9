import { DataSource, type DataSourceOptions } from 'typeorm';

import { ArticleRecord } from './article.record';
import { CreateArticles1764300000000 } from './migrations/1764300000000-create-articles';
import { CreateStoryFingerprints1764300000001 } from './migrations/1764300000001-create-story-fingerprints';
import { CreateStoryBandKeys1796133068866 } from './migrations/1796133068866-create-story-band-keys';
import { AddClassifierRevision1796145109175 } from './migrations/1796145109175-add-classifier-revision';
import { CreateTranslations1796200000000 } from './migrations/1796200000000-create-translations';
import { CreateApiKeys1796300000000 } from './migrations/1796300000000-create-api-keys';
import { CreateArticleSources1796300000001 } from './migrations/1796300000001-create-article-sources';
import { CreateArticleVersions1796310000000 } from './migrations/1796310000000-create-article-versions';
import { CreateFeeds1796400000000 } from './migrations/1796400000000-create-feeds';
import { CompressDocumentsWithLz41796500000000 } from './migrations/1796500000000-compress-documents-with-lz4';

export const articleEntities = [ArticleRecord];
export const articleMigrations = [
  CreateArticles1764300000000,
  CreateStoryFingerprints1764300000001,
  CreateStoryBandKeys1796133068866,
  AddClassifierRevision1796145109175,
  CreateTranslations1796200000000,
  CreateApiKeys1796300000000,
  CreateArticleSources1796300000001,
  CreateArticleVersions1796310000000,
  CreateFeeds1796400000000,
  CompressDocumentsWithLz41796500000000,
];

/** Schema changes only ever come from the migrations kept here; `synchronize` stays off. */
export function articleDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: articleEntities,
    migrations: articleMigrations,
    synchronize: false,
    migrationsRun: false,
    extra: { max: 10, connectionTimeoutMillis: 5_000 },
  };
}

/** For tools and tests that work on the database outside a Nest application. */
export function createArticleDataSource(databaseUrl: string): DataSource {
  return new DataSource(articleDataSourceOptions(databaseUrl));
}

/**
 * Several processes may start at once (indexer and classifier instances); an advisory lock makes
 * exactly one of them apply pending migrations while the others wait.
 */
export async function runArticleMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', ['newsflow-migrations']);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', ['newsflow-migrations']).catch(() => undefined);
    await runner.release();
  }
}
