import type { TranslationAnswer, TranslationProvider, TranslationRequest } from './provider';

/**
 * Lets at most `concurrency` translations run against a provider at once; the rest wait their
 * turn. A batch of a hundred articles would otherwise queue a hundred requests inside the
 * provider (Apertium runs one pipeline per pair), where they time out while waiting and trip the
 * circuit breaker although the provider is healthy. A call's timeout starts only once it runs.
 */
export class LimitedProvider implements TranslationProvider {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly inner: TranslationProvider,
    private readonly concurrency: number,
  ) {}

  get name() {
    return this.inner.name;
  }

  supports(source: string, target: string): Promise<boolean> {
    return this.inner.supports(source, target);
  }

  async translate(request: TranslationRequest): Promise<TranslationAnswer> {
    await this.turn();
    try {
      return await this.inner.translate(request);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private async turn(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
  }
}
