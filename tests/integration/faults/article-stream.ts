import { join } from 'node:path';

import { RealisticPages } from '@newsflow/test-harness';

import { stack } from '../support/stack-env';

/**
 * Posts distinct articles at a steady rate while faults happen, the way a newsroom system would:
 * an answer other than 202 (503 while Kafka restarts, a refused connection) is retried after a
 * pause. Only ids answered 202 count as accepted.
 */
export class ArticleStream {
  readonly accepted = new Set<string>();
  private readonly pages: RealisticPages;
  private stopped = false;
  private running?: Promise<void>;
  retries = 0;

  constructor(
    run: string,
    private readonly perSecond: number,
  ) {
    this.pages = new RealisticPages(join(__dirname, '..', '..', '..'), run);
  }

  start(count: number): void {
    this.running = this.stream(count);
  }

  /** Resolves once every article has been accepted (or the stream was stopped). */
  async finished(): Promise<void> {
    await this.running;
  }

  stop(): void {
    this.stopped = true;
  }

  private async stream(count: number): Promise<void> {
    const started = performance.now();
    const inFlight: Promise<void>[] = [];
    for (let n = 0; n < count && !this.stopped; n++) {
      await sleep(Math.max(0, started + (n * 1000) / this.perSecond - performance.now()));
      inFlight.push(this.submit(n));
      if (inFlight.length >= 64) await Promise.all(inFlight.splice(0, 32));
    }
    await Promise.all(inFlight);
  }

  private async submit(n: number): Promise<void> {
    const page = this.pages.page(n);
    while (!this.stopped) {
      try {
        const response = await fetch(`${stack.ingestUrl}/v1/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(page),
          signal: AbortSignal.timeout(20_000),
        });
        if (response.status === 202) {
          this.accepted.add(((await response.json()) as { id: string }).id);
          return;
        }
        if (response.status < 500 && response.status !== 429) {
          throw new Error(`article ${n} refused with ${response.status}: ${await response.text()}`);
        }
      } catch (error) {
        if (error instanceof Error && error.message.startsWith(`article ${n} refused`)) throw error;
      }
      this.retries++;
      await sleep(1000);
    }
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
