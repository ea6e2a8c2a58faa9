import { Client } from '@elastic/elasticsearch';
import { Topics } from '@newsflow/contracts';
import { Client as PgClient } from 'pg';

import { KafkaProbe } from '../support/kafka-probe';
import { stack } from '../support/stack-env';

export interface Ledger {
  accepted: number;
  stored: number;
  searchable: number;
  deadLettered: number;
  lost: number;
  duplicated: number;
}

/**
 * Counts, for a set of accepted article ids, what each store holds: rows in PostgreSQL, documents
 * in Elasticsearch (any index behind the alias), and dead letters. An id in neither store nor the
 * dead-letter topic is lost; an id held more than once anywhere is duplicated.
 */
export async function countLedger(accepted: Set<string>, deadLetterKeys: string[]): Promise<Ledger> {
  const ids = [...accepted];
  const rows = await storedRows(ids);
  const documents = await searchDocuments(ids);
  const deadLetters = deadLetterKeys.filter((key) => accepted.has(key));
  const everywhere = new Set([...rows.filter((id) => documents.includes(id)), ...deadLetters]);
  return {
    accepted: ids.length,
    stored: rows.length,
    searchable: documents.length,
    deadLettered: deadLetters.length,
    lost: ids.filter((id) => !everywhere.has(id)).length,
    duplicated: duplicates(rows) + duplicates(documents) + duplicates(deadLetters),
  };
}

export async function deadLetterKeys(probe: KafkaProbe): Promise<string[]> {
  const messages = await probe.readAll(Topics.deadLetter);
  return messages.map((message) => message.key ?? '');
}

function duplicates(ids: string[]): number {
  return ids.length - new Set(ids).size;
}

async function storedRows(ids: string[]): Promise<string[]> {
  const client = new PgClient({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    const result = await client.query('SELECT id FROM articles WHERE id = ANY($1::text[])', [ids]);
    return result.rows.map((row: { id: string }) => row.id);
  } finally {
    await client.end();
  }
}

async function searchDocuments(ids: string[]): Promise<string[]> {
  const client = new Client({ node: stack.elasticsearchUrl });
  const index = `${stack.indexPrefix}-articles`;
  try {
    await client.indices.refresh({ index });
    const found: string[] = [];
    for (let start = 0; start < ids.length; start += 5_000) {
      const reply = await client.search({
        index,
        size: 10_000,
        _source: false,
        query: { ids: { values: ids.slice(start, start + 5_000) } },
      });
      found.push(...reply.hits.hits.map((hit) => hit._id as string));
    }
    return found;
  } finally {
    await client.close();
  }
}
