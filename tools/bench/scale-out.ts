/**
 * One instance of each stage against two (start the pipeline with `bash scripts/pipeline.sh`):
 *   bash tools/run-ts.sh tools/bench/scale-out.ts [articles=10000]
 *
 * Drains a backlog of realistic pages published onto the raw topic with the pipeline's single instances, then starts
 * a second instance of every consuming stage (same consumer groups, so the partitions are shared) and drains another
 * backlog of the same size. Prints both drains and their ratio.
 */
import { join } from 'node:path';

import { Client } from '@elastic/elasticsearch';
import { articleAlias } from '@newsflow/search-index';
import {
  APP_NAMES,
  type AppName,
  repoRoot,
  type StackOptions,
  startEngines,
  startSecondInstance,
} from '@newsflow/test-harness';
import { Kafka, logLevel } from 'kafkajs';

import { describeDrain, measureDrain } from './pipeline/drain';

const CONSUMING_STAGES: AppName[] = ['normalizer', 'classifier', 'indexer', 'translator'];
const total = Number(process.argv[2] ?? 10_000);
const basePort = Number(process.env['NEWSFLOW_BASE_PORT'] ?? 3000);
const indexPrefix = process.env['ELASTICSEARCH_INDEX_PREFIX'] ?? 'newsflow';

async function isRunning(basePort: number, stage: AppName): Promise<boolean> {
  const port = basePort + APP_NAMES.indexOf(stage);
  return fetch(`http://127.0.0.1:${port}/health/live`).then(
    (response) => response.ok,
    () => false,
  );
}

async function main() {
  const engines = startEngines('newsflow');
  const options: StackOptions = {
    engines,
    basePort,
    indexPrefix,
    logDir: join(repoRoot, '.engines', 'apps'),
    detached: false,
  };
  const elasticsearch = new Client({ node: engines.elasticsearchUrl });
  const setup = {
    kafka: new Kafka({ brokers: [engines.kafkaBrokers], logLevel: logLevel.WARN }),
    elasticsearch,
    alias: articleAlias(indexPrefix),
    basePort,
  };
  const run = Date.now().toString(36);
  const one = await measureDrain(setup, `one-${run}`, total);
  console.log(`one instance per stage:\n${describeDrain(one)}\n`);
  const second = [];
  try {
    for (const stage of CONSUMING_STAGES) {
      // A stage stopped for the run (e.g. the translator, to measure without translation) stays at none.
      if (!(await isRunning(basePort, stage))) continue;
      second.push(await startSecondInstance(stage, options));
    }
    const two = await measureDrain(setup, `two-${run}`, total);
    console.log(`two instances per stage (RSS and CPU of the first instances only):\n${describeDrain(two)}\n`);
    console.log(`two / one: ${(two.perSecond / one.perSecond).toFixed(2)}× the drain rate`);
  } finally {
    await Promise.all(second.map((instance) => instance.stop()));
    await elasticsearch.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
