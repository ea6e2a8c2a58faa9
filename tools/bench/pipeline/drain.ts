import type { Client } from '@elastic/elasticsearch';
import type { Kafka } from 'kafkajs';

import { machineBusySeconds } from './machine-cpu';
import { publishBacklog } from './publish-backlog';
import { countSearchable } from './search-count';
import { cpuMsPerArticle, type Stage, stageCpuSeconds, stageMetric, STAGES } from './stage-cpu';

const STALL_MS = 5 * 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface DrainSetup {
  kafka: Kafka;
  elasticsearch: Client;
  alias: string;
  basePort: number;
}

export interface Drain {
  total: number;
  searchable: number;
  publishPerSecond: number;
  seconds: number;
  perSecond: number;
  peakRssMb: Record<Stage, number>;
  cpuMsPerArticle: Record<string, number>;
  machineCpuMsPerArticle: number;
}

/**
 * Publishes a backlog of `total` articles onto the raw topic and times it from the first publish until
 * Elasticsearch holds every one, sampling each stage's resident memory every second. A drain without progress for
 * 5 minutes (articles dead-lettered, a stage down) ends with what was measured.
 */
export async function measureDrain(setup: DrainSetup, run: string, total: number, progress = true): Promise<Drain> {
  const peak = await stageMetric(setup.basePort, 'process_resident_memory_bytes');
  const sampler = setInterval(() => {
    void stageMetric(setup.basePort, 'process_resident_memory_bytes').then((now) => {
      // A stage too busy to answer one scrape (NaN) must not erase the peak seen so far.
      for (const stage of STAGES) peak[stage] = Math.max(peak[stage] || 0, now[stage] || 0) || Number.NaN;
    });
  }, 1000);
  const cpuBefore = await stageCpuSeconds(setup.basePort);
  const machineBefore = machineBusySeconds();
  const started = performance.now();
  try {
    const publishPerSecond = await publishBacklog(setup.kafka, run, total);
    let searchable = 0;
    let progressedAt = Date.now();
    while (searchable < total && Date.now() - progressedAt < STALL_MS) {
      await sleep(1000);
      const now = await countSearchable(setup.elasticsearch, setup.alias, [`bench-${run}`]);
      if (now > searchable) progressedAt = Date.now();
      searchable = now;
      if (progress) process.stdout.write(`\r${searchable}/${total} searchable`);
    }
    if (progress) process.stdout.write('\n');
    const seconds = (performance.now() - started) / 1000;
    return {
      total,
      searchable,
      publishPerSecond,
      seconds,
      perSecond: searchable / seconds,
      peakRssMb: Object.fromEntries(STAGES.map((stage) => [stage, peak[stage] / 2 ** 20])) as Record<Stage, number>,
      cpuMsPerArticle: cpuMsPerArticle(cpuBefore, await stageCpuSeconds(setup.basePort), Math.max(searchable, 1)),
      machineCpuMsPerArticle: ((machineBusySeconds() - machineBefore) * 1000) / Math.max(searchable, 1),
    };
  } finally {
    clearInterval(sampler);
  }
}

export function describeDrain(drain: Drain): string {
  const cpu = Object.entries(drain.cpuMsPerArticle)
    .filter(([, ms]) => Number.isFinite(ms))
    .map(([stage, ms]) => `${stage} ${ms.toFixed(1)}`)
    .join(', ');
  const rss = STAGES.filter((stage) => Number.isFinite(drain.peakRssMb[stage]))
    .map((stage) => `${stage} ${drain.peakRssMb[stage].toFixed(0)} MB`)
    .join(', ');
  return [
    `published ${drain.total} articles onto the raw topic at ${drain.publishPerSecond.toFixed(0)}/s`,
    `drained ${drain.searchable} of ${drain.total} in ${drain.seconds.toFixed(0)} s: ${drain.perSecond.toFixed(1)} articles/s`,
    `CPU ms per article: ${cpu}; whole machine ${drain.machineCpuMsPerArticle.toFixed(1)}`,
    `peak RSS: ${rss}`,
  ].join('\n');
}
