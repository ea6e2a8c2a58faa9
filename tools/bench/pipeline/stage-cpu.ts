/** CPU seconds each pipeline process has used so far, read from its Prometheus endpoint. */
export const STAGES = ['ingest', 'normalizer', 'classifier', 'indexer', 'translator'] as const;
export type Stage = (typeof STAGES)[number];

/** Each stage's HTTP port above the base port, in the harness's app order (search-api is 4). */
const PORT_OFFSET: Record<Stage, number> = { ingest: 0, normalizer: 1, classifier: 2, indexer: 3, translator: 5 };

export const stageUrl = (basePort: number, stage: Stage) => `http://127.0.0.1:${basePort + PORT_OFFSET[stage]}`;

/** One process metric (a line without labels) of every stage; NaN for a stage that is not running. */
export async function stageMetric(basePort: number, metric: string): Promise<Record<Stage, number>> {
  const entries = await Promise.all(
    STAGES.map(async (stage) => {
      const metrics = await fetch(`${stageUrl(basePort, stage)}/metrics`)
        .then((response) => response.text())
        .catch(() => '');
      const line = metrics.split('\n').find((row) => row.startsWith(`${metric} `));
      return [stage, line ? Number(line.split(' ')[1]) : Number.NaN] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Stage, number>;
}

export const stageCpuSeconds = (basePort: number) => stageMetric(basePort, 'process_cpu_seconds_total');

export function cpuMsPerArticle(before: Record<Stage, number>, after: Record<Stage, number>, articles: number) {
  return Object.fromEntries(STAGES.map((stage) => [stage, ((after[stage] - before[stage]) * 1000) / articles]));
}
