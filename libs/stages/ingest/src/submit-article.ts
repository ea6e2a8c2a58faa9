import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  ArticleContracts,
  articleIdFor,
  type ArticleSubmission,
  DependencyUnavailableError,
} from '@newsflow/contracts';
import { EventPublisher } from '@newsflow/messaging';

/** How long a submission may wait for the broker before the client is told 503 and to retry. */
export const PUBLISH_TIMEOUT_MS = Symbol('PUBLISH_TIMEOUT_MS');
const DEFAULT_PUBLISH_TIMEOUT_MS = 1_500;

/**
 * Accepts a validated submission: gives it its stable id and hands it to the pipeline. The
 * caller learns the id at once; the article becomes searchable within seconds. While the broker
 * is away the caller hears so within the timeout; a retry is safe because the id is stable.
 */
@Injectable()
export class SubmitArticle {
  constructor(
    private readonly publisher: EventPublisher,
    @Optional() @Inject(PUBLISH_TIMEOUT_MS) private readonly timeoutMs: number = DEFAULT_PUBLISH_TIMEOUT_MS,
  ) {}

  async execute(submission: ArticleSubmission, correlationId?: string): Promise<{ id: string }> {
    const id = articleIdFor(submission);
    await this.withinTimeout(
      this.publisher.publish(ArticleContracts.rawArticle, { key: id, payload: submission, correlationId }),
    );
    return { id };
  }

  private async withinTimeout(publishing: Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new DependencyUnavailableError('kafka', `no acknowledgement within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
    });
    try {
      await Promise.race([publishing, timeout]);
    } catch (error) {
      if (error instanceof DependencyUnavailableError) throw error;
      // kafkajs errors (a disconnected producer, a broker that went away) say nothing about the article itself.
      if ((error as Error).name?.startsWith('KafkaJS')) {
        throw new DependencyUnavailableError('kafka', (error as Error).message, { cause: error });
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}
