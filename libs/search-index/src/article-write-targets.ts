import type { Client } from '@elastic/elasticsearch';

import { articleAlias, reindexAlias } from './search-index-options';

/** How long a writer trusts its list of targets; a reindex waits longer than this before it copies. */
export const WRITE_TARGETS_TTL_MS = 1_000;

/**
 * Where an article write goes: the alias search reads, plus the new index of a reindex in
 * progress (behind the reindex alias), so that writes arriving during a reindex reach both.
 */
export class ArticleWriteTargets {
  private cached: { at: number; targets: Promise<string[]> } | null = null;

  constructor(
    private readonly client: Client,
    private readonly prefix: string,
  ) {}

  current(now = Date.now()): Promise<string[]> {
    if (this.cached && now - this.cached.at < WRITE_TARGETS_TTL_MS) return this.cached.targets;
    const targets = this.resolve();
    this.cached = { at: now, targets };
    targets.catch(() => (this.cached = null));
    return targets;
  }

  private async resolve(): Promise<string[]> {
    const reindexing = await this.client.indices.getAlias({ name: reindexAlias(this.prefix) }, { ignore: [404] });
    // Without a reindex the alias is missing and Elasticsearch answers 404 with an error body.
    const incoming = 'error' in reindexing ? [] : Object.keys(reindexing);
    return [articleAlias(this.prefix), ...incoming];
  }
}

/**
 * Which target's result stands for an article written to several targets: the first outcome of
 * `precedence` that any target reported. A refusal anywhere must be dead-lettered and an outage
 * anywhere retried (the other targets take the same version again as stale).
 */
export function combineTargets<Result extends { outcome: string }>(
  results: Result[],
  precedence: Result['outcome'][],
): Result {
  for (const outcome of precedence) {
    const result = results.find((candidate) => candidate.outcome === outcome);
    if (result) return result;
  }
  return results[0];
}
