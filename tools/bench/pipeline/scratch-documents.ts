import type { Client } from '@elastic/elasticsearch';
import type { QueryDslQueryContainer } from '@elastic/elasticsearch/lib/api/types';

const PAGE = 1000;
const BULK_SIZE = 500;

/** Stored search documents matching the query, read back in id order (at most `limit`). */
export async function storedDocuments(
  client: Client,
  index: string,
  query: QueryDslQueryContainer,
  limit = Number.POSITIVE_INFINITY,
): Promise<Record<string, unknown>[]> {
  const documents: Record<string, unknown>[] = [];
  let after: (string | number)[] | undefined;
  while (documents.length < limit) {
    const page = await client.search<Record<string, unknown>>({
      index,
      size: PAGE,
      query,
      sort: [{ id: 'asc' }],
      search_after: after,
    });
    if (page.hits.hits.length === 0) break;
    for (const hit of page.hits.hits) documents.push(hit._source as Record<string, unknown>);
    after = page.hits.hits.at(-1)?.sort as (string | number)[];
  }
  return documents.slice(0, limit);
}

/** Writes the documents into a scratch index in bulks, failing on the first refused document. */
export async function bulkWrite(client: Client, index: string, documents: Record<string, unknown>[]): Promise<void> {
  for (let start = 0; start < documents.length; start += BULK_SIZE) {
    const operations = documents
      .slice(start, start + BULK_SIZE)
      .flatMap((document) => [{ index: { _index: index, _id: String(document['id']) } }, document]);
    const reply = await client.bulk({ operations });
    if (reply.errors)
      throw new Error(`scratch bulk failed: ${JSON.stringify(reply.items.find((i) => i.index?.error))}`);
  }
}
