import { Injectable } from '@nestjs/common';
import type { ReadinessCheck } from '@newsflow/observability';

/**
 * The consumer's own view of whether it can work: it has joined each of its groups, and no
 * partition is paused because a dependency is failing (the circuit breaker is closed).
 */
@Injectable()
export class ConsumerHealth implements ReadinessCheck {
  readonly name = 'consumer';
  private readonly joined = new Map<string, boolean>();
  private readonly crashes = new Map<string, string>();
  private readonly open = new Map<string, string>();

  expectGroup(group: string): void {
    if (!this.joined.has(group)) this.joined.set(group, false);
  }

  joinedGroup(group: string): void {
    this.joined.set(group, true);
    this.crashes.delete(group);
  }

  crashed(group: string, reason: string): void {
    this.joined.set(group, false);
    this.crashes.set(group, reason);
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
    const [crashed] = this.crashes;
    if (crashed) throw new Error(`consumer of ${crashed[0]} stopped: ${crashed[1]}`);
    if (this.joined.size === 0) throw new Error('consumer has not joined its group yet');
    const waiting = [...this.joined].filter(([, joined]) => !joined).map(([group]) => group);
    if (waiting.length > 0) throw new Error(`consumer has not joined group ${waiting.join(', ')} yet`);
    const [failing] = this.open.values();
    if (failing !== undefined) {
      throw new Error(`paused ${this.open.size} partition(s) while a dependency fails: ${failing}`);
    }
  }
}
