import type { Client } from '@elastic/elasticsearch';

/** The shape of the indices matching `pattern` right now: what merging has made of them so far. */
export async function indexFigures(client: Client, pattern: string) {
  const stats = await client.indices.stats({ index: pattern, metric: ['docs', 'store', 'segments', 'merge'] });
  const all = stats._all.primaries;
  return {
    segments: all?.segments?.count ?? 0,
    storeMb: (all?.store?.size_in_bytes ?? 0) / 1024 / 1024,
    deleted: all?.docs?.deleted ?? 0,
    mergesRunning: all?.merges?.current ?? 0,
    mergingMb: (all?.merges?.current_size_in_bytes ?? 0) / 1024 / 1024,
  };
}
