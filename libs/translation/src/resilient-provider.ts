import type { TranslationAnswer, TranslationProvider, TranslationRequest } from './provider';
import { TranslationProviderUnavailableError } from './translation-errors';

export interface ResilienceOptions {
  /** Tries per call for an outage-like failure, the first included. */
  attempts: number;
  /** The first pause between tries; it doubles each time. */
  backoffMs: number;
  /** Consecutive failed calls that open the breaker. */
  breakerThreshold: number;
  /** How long an open breaker refuses calls before one trial call is let through. */
  breakerCooldownMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Retries a provider's outages with backoff, and stops calling it for a while once calls keep
 * failing (circuit breaker), so a dead provider costs a fast "unavailable", not a timeout per article.
 */
export class ResilientProvider implements TranslationProvider {
  private failures = 0;
  private openUntil = 0;

  constructor(
    private readonly inner: TranslationProvider,
    private readonly options: ResilienceOptions,
  ) {}

  get name() {
    return this.inner.name;
  }

  supports(source: string, target: string): Promise<boolean> {
    return this.guarded(() => this.inner.supports(source, target));
  }

  translate(request: TranslationRequest): Promise<TranslationAnswer> {
    return this.guarded(() => this.inner.translate(request));
  }

  private async guarded<T>(call: () => Promise<T>): Promise<T> {
    if (Date.now() < this.openUntil) {
      throw new TranslationProviderUnavailableError(this.name, 'circuit open after repeated failures');
    }
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await call();
        this.failures = 0;
        return result;
      } catch (error) {
        if (!(error instanceof TranslationProviderUnavailableError)) throw error;
        if (attempt >= this.options.attempts) {
          this.failures++;
          if (this.failures >= this.options.breakerThreshold)
            this.openUntil = Date.now() + this.options.breakerCooldownMs;
          throw error;
        }
        await sleep(this.options.backoffMs * 2 ** (attempt - 1));
      }
    }
  }
}
