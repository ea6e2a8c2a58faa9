/** CPU seconds each pipeline process has used so far, read from its Prometheus endpoint. */
export const STAGES = ['ingest', 'normalizer', 'classifier', 'indexer'] as const;
export type Stage = (typeof STAGES)[number];

export async function stageCpuSeconds(basePort: number): Promise<Record<Stage, number>> {
  const entries = await Promise.all(
    STAGES.map(async (stage, offset) => {
      const metrics = await (await fetch(`http://127.0.0.1:${basePort + offset}/metrics`)).text();
      const line = metrics.split('\n').find((row) => row.startsWith('process_cpu_seconds_total '));
      return [stage, line ? Number(line.split(' ')[1]) : Number.NaN] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Stage, number>;
}

export function cpuMsPerArticle(before: Record<Stage, number>, after: Record<Stage, number>, articles: number) {
  return Object.fromEntries(STAGES.map((stage) => [stage, ((after[stage] - before[stage]) * 1000) / articles]));
}
