import { Client as PgClient } from 'pg';

/** Drops and creates a database on the server of `databaseUrl`; returns the URL of the new database. */
export async function freshDatabase(databaseUrl: string, name: string): Promise<string> {
  const admin = new PgClient({ connectionString: databaseUrl.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return databaseUrl.replace(/\/[^/]+$/, `/${name}`);
}
