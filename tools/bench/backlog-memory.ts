/**
 * Bounded memory under a backlog (start the pipeline with `INGEST_AUTH=off bash scripts/pipeline.sh`):
 *   bash tools/run-ts.sh tools/bench/backlog-memory.ts [articles=100000]
 *
 * Publishes the articles straight onto the raw topic, far faster than the stages consume them, so the backlog sits
 * in Kafka; then samples every stage's resident memory (its own process_resident_memory_bytes) each second until
 * Elasticsearch holds every article. Prints the peak RSS per stage, the drain rate and the CPU per article.
 */
import { Client } from '@elastic/elasticsearch';
import { articleAlias } from '@newsflow/search-index';
import { Kafka, logLevel } from 'kafkajs';

import { describeDrain, measureDrain } from './pipeline/drain';

const elasticsearch = new Client({ node: process.env['ELASTICSEARCH_URL'] ?? 'http://127.0.0.1:9200' });
const setup = {
  kafka: new Kafka({ brokers: [process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092'], logLevel: logLevel.WARN }),
  elasticsearch,
  alias: articleAlias(process.env['ELASTICSEARCH_INDEX_PREFIX'] ?? 'newsflow'),
  basePort: Number(process.env['NEWSFLOW_BASE_PORT'] ?? 3000),
};

async function main() {
  const drain = await measureDrain(setup, `backlog-${Date.now().toString(36)}`, Number(process.argv[2] ?? 100_000));
  console.log(describeDrain(drain));
  await elasticsearch.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
