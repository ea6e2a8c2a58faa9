import { Injectable } from '@nestjs/common';
import type { ReadinessCheck } from '@newsflow/observability';

/**
 * The consumer's own view of whether it can work: it has joined its group, and no partition is
 * paused because a dependency is failing (the circuit breaker is closed).
 */
@Injectable()
export class ConsumerHealth implements ReadinessCheck {
  readonly name = 'consumer';
  private joined = false;
  private crash: string | null = null;
  private readonly open = new Map<string, string>();

  joinedGroup(): void {
    this.joined = true;
    this.crash = null;
  }

  crashed(reason: string): void {
    this.joined = false;
    this.crash = reason;
  }

  dependencyFailing(partition: string, reason: string): void {
    this.open.set(partition, reason);
  }

  dependencyWorking(partition: string): void {
    this.open.delete(partition);
  }

  get breakerOpen(): boolean {
    return this.open.size > 0;
  }

  async check(): Promise<void> {
    if (this.crash) throw new Error(`consumer stopped: ${this.crash}`);
    if (!this.joined) throw new Error('consumer has not joined its group yet');
    const [failing] = this.open.values();
    if (failing !== undefined) {
      throw new Error(`paused ${this.open.size} partition(s) while a dependency fails: ${failing}`);
    }
  }
}
