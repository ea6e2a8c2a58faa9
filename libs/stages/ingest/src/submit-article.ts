import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  ArticleContracts,
  articleIdFor,
  type ArticleSubmission,
  DependencyUnavailableError,
} from '@newsflow/contracts';
import { EventPublisher } from '@newsflow/messaging';

export interface PublishTimeouts {
  /** Longest wait for the broker's acknowledgement while publishing works; covers queueing under a burst. */
  healthyMs: number;
  /** Wait while the last publish failed: the broker is probably away, and the client should hear so at once. */
  failingMs: number;
}

export const PUBLISH_TIMEOUTS = Symbol('PUBLISH_TIMEOUTS');
const DEFAULT_TIMEOUTS: PublishTimeouts = { healthyMs: 10_000, failingMs: 1_500 };

/**
 * Accepts a validated submission: gives it its stable id and hands it to the pipeline. The
 * caller learns the id at once; the article becomes searchable within seconds. While the broker
 * is away the caller hears so quickly; a retry is safe because the id is stable.
 */
@Injectable()
export class SubmitArticle {
  private brokerFailing = false;

  constructor(
    private readonly publisher: EventPublisher,
    @Optional() @Inject(PUBLISH_TIMEOUTS) private readonly timeouts: PublishTimeouts = DEFAULT_TIMEOUTS,
  ) {}

  async execute(submission: ArticleSubmission, correlationId?: string): Promise<{ id: string }> {
    const id = articleIdFor(submission);
    await this.withinTimeout(
      this.publisher.publish(ArticleContracts.rawArticle, { key: id, payload: submission, correlationId }),
    );
    return { id };
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
