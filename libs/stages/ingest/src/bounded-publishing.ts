import { Inject, Injectable, Optional } from '@nestjs/common';
import { DependencyUnavailableError, TooBusyError } from '@newsflow/contracts';
import { EventPublisher, type OutgoingEvent } from '@newsflow/messaging';

export interface PublishTimeouts {
  /** Longest wait for the broker's acknowledgement while publishing works; covers queueing under a burst. */
  healthyMs: number;
  /** Wait while the last publish failed: the broker is probably away, and the client should hear so at once. */
  failingMs: number;
}

export interface PublishingBound {
  /** Most articles waiting for Kafka's acknowledgement at once; more is refused with 429, never buffered. */
  maxPendingArticles: number;
}

export const PUBLISH_TIMEOUTS = Symbol('PUBLISH_TIMEOUTS');
export const PUBLISHING_BOUND = Symbol('PUBLISHING_BOUND');
const DEFAULT_TIMEOUTS: PublishTimeouts = { healthyMs: 10_000, failingMs: 1_500 };
const DEFAULT_BOUND: PublishingBound = { maxPendingArticles: 5_000 };
/** A backlog of a few thousand articles is acknowledged within about a second on a healthy broker. */
const RETRY_AFTER_SECONDS = 1;

/**
 * Hands submissions to Kafka for the HTTP side: refuses at once (TooBusyError) when more than the
 * bound is already waiting for the broker, and gives up (DependencyUnavailableError) when the
 * broker does not acknowledge in time. While the broker is away the caller hears so quickly; a
 * retry is safe because article ids are stable.
 */
@Injectable()
export class BoundedPublishing {
  private brokerFailing = false;

  constructor(
    private readonly publisher: EventPublisher,
    @Optional() @Inject(PUBLISH_TIMEOUTS) private readonly timeouts: PublishTimeouts = DEFAULT_TIMEOUTS,
    @Optional() @Inject(PUBLISHING_BOUND) private readonly bound: PublishingBound = DEFAULT_BOUND,
  ) {}

  async publishAll(events: OutgoingEvent[]): Promise<void> {
    const pending = this.publisher.pendingEvents;
    if (pending > 0 && pending + events.length > this.bound.maxPendingArticles) {
      throw new TooBusyError(
        `${pending} articles are waiting for Kafka (at most ${this.bound.maxPendingArticles})`,
        RETRY_AFTER_SECONDS,
      );
    }
    await this.withinTimeout(this.publisher.publishAll(events));
  }

  private async withinTimeout(publishing: Promise<void>): Promise<void> {
    const timeoutMs = this.brokerFailing ? this.timeouts.failingMs : this.timeouts.healthyMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new DependencyUnavailableError('kafka', `no acknowledgement within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([publishing, timeout]);
      this.brokerFailing = false;
    } catch (error) {
      const unavailable = this.asUnavailable(error);
      if (unavailable) this.brokerFailing = true;
      throw unavailable ?? error;
    } finally {
      clearTimeout(timer);
    }
  }

  private asUnavailable(error: unknown): DependencyUnavailableError | null {
    if (error instanceof DependencyUnavailableError) return error;
    // kafkajs errors (a disconnected producer, a broker that went away) say nothing about the article itself.
    if ((error as Error).name?.startsWith('KafkaJS')) {
      return new DependencyUnavailableError('kafka', (error as Error).message, { cause: error });
    }
    return null;
  }
}
