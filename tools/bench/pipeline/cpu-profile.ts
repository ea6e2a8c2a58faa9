/** The parts of a V8 `.cpuprofile` this summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Frames that are not work: the thread idles, or a worker thread waits for its next task. */
const WAITING = new Set(['(idle)', '(program)', 'atomicsWaitLoop']);
export const GARBAGE_COLLECTOR = '(garbage collector)';

/**
 * The thread's sampled busy time, and for each part the share of it with one of the part's
 * functions anywhere on the stack; the garbage collector is a part of its own.
 */
export function busyShares(profile: CpuProfile, parts: Record<string, string[]>) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const sampledMs = new Map<number, number>();
  profile.samples.forEach((id, n) => sampledMs.set(id, (sampledMs.get(id) ?? 0) + (profile.timeDeltas[n] ?? 0) / 1000));

  const partOf = new Map<string, string>();
  for (const [part, functions] of Object.entries(parts)) for (const name of functions) partOf.set(name, part);
  const partMs = new Map<string, number>([
    [GARBAGE_COLLECTOR, 0],
    ...Object.keys(parts).map((part) => [part, 0] as [string, number]),
  ]);

  let busyMs = 0;
  for (const [id, ms] of sampledMs) {
    const leaf = byId.get(id)?.callFrame.functionName ?? '';
    if (WAITING.has(leaf)) continue;
    busyMs += ms;
    if (leaf === GARBAGE_COLLECTOR) partMs.set(GARBAGE_COLLECTOR, (partMs.get(GARBAGE_COLLECTOR) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const part = partOf.get(byId.get(at)?.callFrame.functionName ?? '');
      if (part && !seen.has(part)) {
        seen.add(part);
        partMs.set(part, (partMs.get(part) ?? 0) + ms);
      }
    }
  }
  const shares = Object.fromEntries([...partMs].map(([part, ms]) => [part, busyMs > 0 ? ms / busyMs : 0]));
  return { busyMs, parts: shares };
}
