import type { Client } from '@elastic/elasticsearch';
import { articleIndexTemplate } from '@newsflow/search-index';

const BULK_SIZE = 500;

/**
 * The raw Elasticsearch ceiling for the very documents the pipeline produced: they are read back
 * and bulk-written into a scratch index with the same mapping, timed until a refresh makes them
 * searchable. The scratch index is removed afterwards.
 */
export async function bulkCeiling(client: Client, alias: string, prefix: string, sources: string[]) {
  const documents: Record<string, unknown>[] = [];
  let after: (string | number)[] | undefined;
  for (;;) {
    const page = await client.search<Record<string, unknown>>({
      index: alias,
      size: 1000,
      query: { terms: { source: sources } },
      sort: [{ id: 'asc' }],
      search_after: after,
    });
    if (page.hits.hits.length === 0) break;
    for (const hit of page.hits.hits) documents.push(hit._source as Record<string, unknown>);
    after = page.hits.hits.at(-1)?.sort as (string | number)[];
  }
  const scratch = `${prefix}-bench-scratch-${Date.now().toString(36)}`;
  const template = articleIndexTemplate(prefix).template;
  await client.indices.create({ index: scratch, settings: template?.settings, mappings: template?.mappings });
  try {
    const started = performance.now();
    for (let start = 0; start < documents.length; start += BULK_SIZE) {
      const operations = documents
        .slice(start, start + BULK_SIZE)
        .flatMap((document) => [{ index: { _index: scratch, _id: String(document['id']) } }, document]);
      const reply = await client.bulk({ operations });
      if (reply.errors)
        throw new Error(`scratch bulk failed: ${JSON.stringify(reply.items.find((i) => i.index?.error))}`);
    }
    await client.indices.refresh({ index: scratch });
    const seconds = (performance.now() - started) / 1000;
    return {
      documents: documents.length,
      perSecond: documents.length / seconds,
      bytes: JSON.stringify(documents).length,
    };
  } finally {
    await client.indices.delete({ index: scratch });
  }
}
