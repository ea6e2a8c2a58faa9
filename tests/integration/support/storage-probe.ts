import { Client } from '@elastic/elasticsearch';
import { Client as PgClient } from 'pg';

import { stack } from './stack-env';

/** Direct reads of the stores, to count rows and documents rather than trust the API. */
export async function articleRows(ids: string[]): Promise<{ id: string; version: string; title: string | null }[]> {
  const client = new PgClient({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    const result = await client.query('SELECT id, version, title FROM articles WHERE id = ANY($1::text[])', [ids]);
    return result.rows;
  } finally {
    await client.end();
  }
}

/** The organisations of an article as PostgreSQL keeps them in its stored document. */
export async function storedOrganisations(id: string): Promise<Record<string, unknown>[]> {
  const client = new PgClient({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    const result = await client.query(
      "SELECT document->'classification'->'organisations' AS organisations FROM articles WHERE id = $1",
      [id],
    );
    return result.rows[0]?.organisations ?? [];
  } finally {
    await client.end();
  }
}

export async function searchDocuments(
  query: Record<string, unknown>,
): Promise<{ id: string; version: number; title: string | null }[]> {
  const client = new Client({ node: stack.elasticsearchUrl });
  try {
    const index = `${stack.indexPrefix}-articles`;
    await client.indices.refresh({ index });
    const response = await client.search<{ id: string; version: number; title: string | null }>({
      index,
      size: 1000,
      query,
      _source: ['id', 'version', 'title'],
    });
    return response.hits.hits.map((hit) => hit._source!);
  } finally {
    await client.close();
  }
}
