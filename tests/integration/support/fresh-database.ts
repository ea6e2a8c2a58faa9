import { recreateDatabase } from '@newsflow/test-harness';

/** Drops and creates a database on the server of `databaseUrl`; returns the URL of the new database. */
export async function freshDatabase(databaseUrl: string, name: string): Promise<string> {
  const url = databaseUrl.replace(/\/[^/]+$/, `/${name}`);
  await recreateDatabase(url);
  return url;
}
