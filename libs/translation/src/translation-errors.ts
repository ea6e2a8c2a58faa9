import { DependencyUnavailableError } from '@newsflow/contracts';

/** The provider cannot be reached or keeps failing: the article waits and is translated later. */
export class TranslationProviderUnavailableError extends DependencyUnavailableError {
  constructor(provider: string, detail: string, options?: { cause?: unknown }) {
    super(`translation provider ${provider}`, detail, options);
  }
}

/**
 * The provider answered, but not with a usable translation of this pair (a crashing pair, a wrong
 * paragraph count, the input echoed): asking again gives the same, so the next provider is tried.
 */
export class TranslationRefusedError extends Error {
  constructor(
    readonly provider: string,
    readonly pair: string,
    detail: string,
  ) {
    super(`${provider} ${pair}: ${detail}`);
    this.name = 'TranslationRefusedError';
  }
}
