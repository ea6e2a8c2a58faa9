import { ArticleRejectedError } from '@newsflow/contracts';
import { Piscina } from 'piscina';

export interface WorkerBudget {
  /** The most wall-clock time one article may take in a worker before it is abandoned. */
  budgetMs: number;
  threads: number;
  /**
   * Old-generation heap of each worker thread. Each thread is a V8 isolate of its own; left to its
   * default it grows with the machine's memory, not with the work, before it collects.
   */
  heapMb: number;
}

const abandoned = (error: unknown) =>
  error instanceof Error && (error.name === 'AbortError' || /aborted/i.test(error.message));
const outOfMemory = (error: unknown) => (error as { code?: unknown })?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * Runs one task per article in worker threads, each under a time budget. A task over budget is
 * abandoned (its worker is terminated and replaced), so no input can freeze the stage or its
 * health endpoints; the article is rejected with the reason, which dead-letters it.
 *
 * At most `threads` tasks run at once and none waits in a queue, so the budget measures the
 * article's own work, not its wait.
 */
export class BudgetedWorkers<Input, Output> {
  private readonly pool: Piscina;

  constructor(
    filename: string,
    private readonly budget: WorkerBudget,
  ) {
    this.pool = new Piscina({
      filename,
      minThreads: budget.threads,
      maxThreads: budget.threads,
      resourceLimits: { maxOldGenerationSizeMb: budget.heapMb },
    });
  }

  async runAll(inputs: Input[]): Promise<PromiseSettledResult<Output>[]> {
    const results: PromiseSettledResult<Output>[] = new Array(inputs.length);
    let next = 0;
    const lane = async () => {
      while (next < inputs.length) {
        const position = next++;
        try {
          results[position] = { status: 'fulfilled', value: await this.run(inputs[position]) };
        } catch (reason) {
          results[position] = { status: 'rejected', reason };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.budget.threads, inputs.length) }, lane));
    return results;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }

  private async run(input: Input): Promise<Output> {
    try {
      return await this.pool.run(input, { signal: AbortSignal.timeout(this.budget.budgetMs) });
    } catch (error) {
      if (abandoned(error)) {
        throw new ArticleRejectedError(`text work took longer than its budget of ${this.budget.budgetMs} ms`);
      }
      if (outOfMemory(error)) throw new ArticleRejectedError('text work ran out of its worker memory');
      throw error;
    }
  }
}
