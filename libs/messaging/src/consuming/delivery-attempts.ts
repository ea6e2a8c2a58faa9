/**
 * Counts failed attempts per message so that a message failing for a reason we did not foresee
 * is dead-lettered after a bounded number of retries instead of blocking its partition forever.
 */
export class DeliveryAttempts {
  private readonly failures = new Map<string, number>();

  constructor(readonly limit: number) {}

  /** Records a failure and says whether the message may still be retried. */
  failed(messageId: string): { attempts: number; retry: boolean } {
    const attempts = (this.failures.get(messageId) ?? 0) + 1;
    if (attempts >= this.limit) {
      this.failures.delete(messageId);
      return { attempts, retry: false };
    }
    this.failures.set(messageId, attempts);
    return { attempts, retry: true };
  }

  succeeded(messageId: string): void {
    this.failures.delete(messageId);
  }
}
