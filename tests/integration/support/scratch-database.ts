import { createArticleDataSource } from '@newsflow/article-store';
import { recreateDatabase } from '@newsflow/test-harness';
import type { DataSource, MigrationInterface } from 'typeorm';
import { DataSource as TypeOrmDataSource } from 'typeorm';

import { stack } from './stack-env';

const SLOT = Number(process.env['NEWSFLOW_TEST_SLOT'] ?? '0');

/**
 * Repository tests work on a database of their own (with the slot suffix, like the suite's), so
 * that migrating it up and down never disturbs the apps running against the suite's database.
 */
export const scratchDatabaseUrl = stack.databaseUrl.replace(
  /\/[^/]+$/,
  `/${SLOT ? `newsflow_repo_test_${SLOT}` : 'newsflow_repo_test'}`,
);

export const recreateScratchDatabase = () => recreateDatabase(scratchDatabaseUrl);

/** A connected data source on the scratch database: all migrations, or only those given. */
export async function scratchDataSource(migrations?: (new () => MigrationInterface)[]): Promise<DataSource> {
  const options = createArticleDataSource(scratchDatabaseUrl).options;
  const dataSource = migrations ? new TypeOrmDataSource({ ...options, migrations }) : new TypeOrmDataSource(options);
  return dataSource.initialize();
}
