interface WaitingBatch<Request, Answer> {
  requests: Request[];
  resolve(answers: Answer[]): void;
  reject(error: unknown): void;
}

/**
 * Runs one assignment at a time and lets batches that arrive meanwhile share the next one. The
 * classifier consumes several partitions at once; their batches' band keys nearly always share a
 * lock bucket, so separate transactions would only queue on each other's advisory locks, each
 * paying its own round trips while holding the locks. Requests keep their order; every caller
 * gets the answers to its own requests, or the failure of the assignment that carried them.
 */
export class AssignmentQueue<Request, Answer> {
  private waiting: WaitingBatch<Request, Answer>[] = [];
  private running = false;

  constructor(
    private readonly assign: (requests: Request[]) => Promise<Answer[]>,
    private readonly maxRequests: number,
  ) {}

  enqueue(requests: Request[]): Promise<Answer[]> {
    return new Promise<Answer[]>((resolve, reject) => {
      this.waiting.push({ requests, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.waiting.length > 0) {
      const carried = this.takeBatches();
      try {
        const answers = await this.assign(carried.flatMap((batch) => batch.requests));
        let first = 0;
        for (const batch of carried) {
          batch.resolve(answers.slice(first, first + batch.requests.length));
          first += batch.requests.length;
        }
      } catch (error) {
        for (const batch of carried) batch.reject(error);
      }
    }
    this.running = false;
  }

  /** The oldest batches up to `maxRequests` in all; always at least one batch. */
  private takeBatches(): WaitingBatch<Request, Answer>[] {
    let requests = this.waiting[0].requests.length;
    let taken = 1;
    while (taken < this.waiting.length && requests + this.waiting[taken].requests.length <= this.maxRequests) {
      requests += this.waiting[taken].requests.length;
      taken += 1;
    }
    return this.waiting.splice(0, taken);
  }
}
