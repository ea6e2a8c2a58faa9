import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';

import { FEED_POLLING_SETTINGS, type FeedPollingSettings } from './feed-polling-settings';
import { PollDueFeeds } from './poll-due-feeds';

/**
 * Runs a round of feed polling every tick while the process lives; a round that outlasts the
 * tick delays the next one rather than overlapping it. Shutdown waits for the round under way,
 * so its leases are released and its items recorded.
 */
@Injectable()
export class FeedPoller implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(FeedPoller.name);
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly pollDueFeeds: PollDueFeeds,
    @Inject(FEED_POLLING_SETTINGS) private readonly settings: FeedPollingSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  /** Before the database and Kafka clients close, which their modules do on application shutdown. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.round;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.pollDueFeeds
        .execute()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error({ error: (error as Error).message }, 'feed polling round failed'))
        .finally(() => this.schedule());
    }, this.settings.tickMs);
  }
}
