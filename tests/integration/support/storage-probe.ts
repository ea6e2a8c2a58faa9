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
  size = 1000,
): Promise<{ id: string; version: number; title: string | null }[]> {
  const client = new Client({ node: stack.elasticsearchUrl });
  try {
    const index = `${stack.indexPrefix}-articles`;
    await client.indices.refresh({ index });
    const response = await client.search<{ id: string; version: number; title: string | null }>({
      index,
      size,
      query,
      _source: ['id', 'version', 'title'],
    });
    return response.hits.hits.map((hit) => hit._source!);
  } finally {
    await client.close();
  }
}

/** Articles whose stored story differs from the story their fingerprint was assigned. */
export async function inconsistentStories(ids: string[]): Promise<number> {
  const client = new PgClient({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    const result = await client.query(
      `SELECT count(*)::int AS n FROM articles a LEFT JOIN story_fingerprints f ON f.article_id = a.id
       WHERE a.id = ANY($1::text[]) AND (f.story_id IS NULL OR f.story_id <> a.story_id)`,
      [ids],
    );
    return result.rows[0].n;
  } finally {
    await client.end();
  }
}

/**
 * The classifier revision of each stored article as both stores see it: PostgreSQL's column, and
 * Elasticsearch's external version (article version × 1000 + revision), one entry per document.
 */
export async function storedRevisions(ids: string[]): Promise<{
  rows: { id: string; revision: number }[];
  documents: { id: string; revision: number }[];
}> {
  const pg = new PgClient({ connectionString: stack.databaseUrl });
  const es = new Client({ node: stack.elasticsearchUrl });
  await pg.connect();
  try {
    const rows = await pg.query('SELECT id, classifier_revision FROM articles WHERE id = ANY($1::text[])', [ids]);
    const index = `${stack.indexPrefix}-articles`;
    await es.indices.refresh({ index });
    const response = await es.search({ index, size: ids.length * 2, version: true, query: { terms: { id: ids } } });
    return {
      rows: rows.rows.map((row) => ({ id: row.id, revision: row.classifier_revision })),
      documents: response.hits.hits.map((hit) => ({ id: hit._id ?? '', revision: (hit._version ?? 0) % 1000 })),
    };
  } finally {
    await Promise.all([pg.end(), es.close()]);
  }
}

/** The kept submissions of an article, as PostgreSQL holds them. */
export async function articleSources(id: string): Promise<{ version: string; submission: Record<string, unknown> }[]> {
  const client = new PgClient({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    const result = await client.query('SELECT version, submission FROM article_sources WHERE article_id = $1', [id]);
    return result.rows;
  } finally {
    await client.end();
  }
}

/** The publication status and version PostgreSQL keeps for an article, and how many versions its history holds. */
export async function publicationOf(
  id: string,
): Promise<{ status: string | null; version: number | null; history: number }> {
  const client = new PgClient({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    const row = await client.query('SELECT pub_status, version FROM articles WHERE id = $1', [id]);
    const history = await client.query('SELECT count(*)::int AS n FROM article_versions WHERE id = $1', [id]);
    return {
      status: row.rows[0]?.pub_status ?? null,
      version: row.rows[0] ? Number(row.rows[0].version) : null,
      history: history.rows[0].n,
    };
  } finally {
    await client.end();
  }
}
