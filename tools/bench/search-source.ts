/**
 * What the search documents' `_source` costs Elasticsearch (engines running, an index with pipeline documents):
 *   bash tools/run-ts.sh tools/bench/search-source.ts [documents=5000] [rounds=2]
 *
 * Reads stored documents back and bulk-writes them into two scratch indices with the article mapping: one keeping the
 * whole `_source`, one leaving out the forms derived for search (still indexed, only not stored). For each: the
 * Elasticsearch process CPU per document for the bulk and for a merge down to one segment, and the store size.
 * Rounds alternate the two, since the JVM's speed drifts.
 */
import { Client } from '@elastic/elasticsearch';
import { articleAlias, articleIndexTemplate } from '@newsflow/search-index';

import { bulkWrite, storedDocuments } from './pipeline/scratch-documents';

const DERIVED = ['stems', 'translit', 'translated_stems', 'translated_translit', 'translated_body'];
const prefix = process.env['ELASTICSEARCH_INDEX_PREFIX'] ?? 'newsflow';
const client = new Client({ node: process.env['ELASTICSEARCH_URL'] ?? 'http://127.0.0.1:9200' });
const total = Number(process.argv[2] ?? 5000);
const rounds = Number(process.argv[3] ?? 2);

async function elasticsearchCpuMs(): Promise<number> {
  const stats = await client.nodes.stats({ metric: ['process'] });
  return Object.values(stats.nodes).reduce((sum, node) => sum + (node.process?.cpu?.total_in_millis ?? 0), 0);
}

async function measure(documents: Record<string, unknown>[], excludes: string[]) {
  const index = `${prefix}-bench-source-${Date.now().toString(36)}`;
  const template = articleIndexTemplate(prefix).template;
  const mappings = { ...template?.mappings, _source: { excludes } };
  await client.indices.create({ index, settings: template?.settings, mappings });
  try {
    const before = await elasticsearchCpuMs();
    await bulkWrite(client, index, documents);
    await client.indices.refresh({ index });
    const indexed = await elasticsearchCpuMs();
    await client.indices.forcemerge({ index, max_num_segments: 1 });
    const merged = await elasticsearchCpuMs();
    const stats = await client.indices.stats({ index, metric: ['store'] });
    return {
      bulkMs: (indexed - before) / documents.length,
      mergeMs: (merged - indexed) / documents.length,
      storeMb: (stats._all.primaries?.store?.size_in_bytes ?? 0) / 1024 / 1024,
    };
  } finally {
    await client.indices.delete({ index });
  }
}

async function main() {
  const documents = await storedDocuments(
    client,
    articleAlias(prefix),
    { exists: { field: 'translated_body' } },
    total,
  );
  console.log(
    `${documents.length} stored documents with translations, ${DERIVED.join(', ')} left out in the second index`,
  );
  for (let round = 1; round <= rounds; round += 1) {
    for (const [label, excludes] of [
      ['whole _source', []],
      ['derived forms left out', DERIVED],
    ] as const) {
      const figures = await measure(documents, [...excludes]);
      console.log(
        `round ${round}, ${label.padEnd(22)}: bulk ${figures.bulkMs.toFixed(2)} ms CPU per document, merge to one segment ${figures.mergeMs.toFixed(2)} ms, store ${figures.storeMb.toFixed(1)} MB`,
      );
    }
  }
  await client.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
