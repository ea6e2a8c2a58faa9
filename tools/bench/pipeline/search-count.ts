import type { Client } from '@elastic/elasticsearch';

/** How many of a run's articles Elasticsearch can find now (a refresh-aware count on the alias). */
export async function countSearchable(client: Client, alias: string, sources: string[]): Promise<number> {
  const reply = await client.count({ index: alias, query: { terms: { source: sources } } });
  return reply.count;
}

/** Which of these article ids Elasticsearch can find now. */
export async function searchableIds(client: Client, alias: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const reply = await client.search<{ id: string }>({
    index: alias,
    size: ids.length,
    _source: ['id'],
    query: { ids: { values: ids } },
  });
  return new Set(reply.hits.hits.map((hit) => hit._id as string));
}

/** Which of these article ids Elasticsearch holds, refreshed or not (a real-time multi-get). */
export async function writtenIds(client: Client, alias: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const reply = await client.mget({ index: alias, ids, _source: false });
  return new Set(reply.docs.filter((doc) => 'found' in doc && doc.found).map((doc) => doc._id));
}
