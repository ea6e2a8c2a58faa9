import { foreignSources, type Publisher } from '@newsflow/api-keys';

/** A key publishes only as its own source; the request is refused whole, so none of it reaches Kafka. */
export class SourceNotAllowedError extends Error {
  constructor(
    readonly keyId: string,
    readonly sources: string[],
  ) {
    super(`the API key ${keyId} may not publish as ${sources.map((source) => `"${source}"`).join(', ')}`);
    this.name = 'SourceNotAllowedError';
  }
}

/** Throws unless every article is the publisher's own; anyone may publish when keys are off (no publisher). */
export function ensureOwnSources(publisher: Publisher | undefined, sources: string[]): void {
  if (!publisher) return;
  const foreign = foreignSources(publisher, sources);
  if (foreign.length > 0) throw new SourceNotAllowedError(publisher.keyId, foreign);
}
