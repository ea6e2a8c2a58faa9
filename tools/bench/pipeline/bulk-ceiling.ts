import type { Client } from '@elastic/elasticsearch';
import { articleIndexTemplate } from '@newsflow/search-index';

import { bulkWrite, storedDocuments } from './scratch-documents';

/**
 * The raw Elasticsearch ceiling for the very documents the pipeline produced: they are read back
 * and bulk-written into a scratch index with the same mapping, timed until a refresh makes them
 * searchable. The scratch index is removed afterwards.
 */
export async function bulkCeiling(client: Client, alias: string, prefix: string, sources: string[]) {
  const documents = await storedDocuments(client, alias, { terms: { source: sources } });
  const scratch = `${prefix}-bench-scratch-${Date.now().toString(36)}`;
  const template = articleIndexTemplate(prefix).template;
  await client.indices.create({ index: scratch, settings: template?.settings, mappings: template?.mappings });
  try {
    const started = performance.now();
    await bulkWrite(client, scratch, documents);
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
