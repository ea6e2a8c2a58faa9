import { Inject, Injectable, Logger } from '@nestjs/common';
import { type ClaimedFeed, FeedRepository } from '@newsflow/article-store';
import { ArticleRejectedError } from '@newsflow/contracts';
import { HttpFeedFetcher } from '@newsflow/http';
import { readWireDocument } from '@newsflow/wire-formats';

import { BoundedPublishing } from '../bounded-publishing';
import { rawArticleEvent } from '../raw-article-event';
import { conditionalHeaders } from './conditional-headers';
import { polledFeedDocument } from './feed-document';
import { feedItemKey } from './feed-item-key';
import { FEED_POLLING_SETTINGS, type FeedPollingSettings } from './feed-polling-settings';
import { backoffSeconds } from './poll-schedule';

export interface FeedPollOutcome {
  feedId: string;
  status: number | null;
  itemsSeen: number;
  itemsNew: number;
  error?: string;
}

/** The reason shown in the feed's status: a refused document names its first bad fields. */
function failureMessage(error: unknown): string {
  if (!(error instanceof ArticleRejectedError)) return error instanceof Error ? error.message : String(error);
  const fields = error.errors
    .filter((field) => field.message !== error.reason)
    .slice(0, 3)
    .map((field) => `${field.path}: ${field.message}`);
  if (fields.length === 0) return error.reason;
  return `${error.reason} (${fields.join('; ')})`;
}

/** An answer that is not a feed to read; the feed is tried again later, backing off. */
class FeedAnswerError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One round of feed polling: claims the feeds that are due, fetches each (conditionally), and
 * publishes the items its feed has not published before through the same path as a POSTed
 * article. An item is recorded as seen only once Kafka has acknowledged it, so a crash in between
 * publishes it again (at least once) under the same article id, which the pipeline absorbs.
 */
@Injectable()
export class PollDueFeeds {
  private readonly logger = new Logger(PollDueFeeds.name);

  constructor(
    private readonly feeds: FeedRepository,
    private readonly fetcher: HttpFeedFetcher,
    private readonly publishing: BoundedPublishing,
    @Inject(FEED_POLLING_SETTINGS) private readonly settings: FeedPollingSettings,
  ) {}

  async execute(): Promise<FeedPollOutcome[]> {
    const claimed = await this.feeds.claimDue(this.settings.feedsPerTick, this.settings.leaseSeconds);
    return Promise.all(claimed.map((feed) => this.poll(feed)));
  }

  private async poll(feed: ClaimedFeed): Promise<FeedPollOutcome> {
    try {
      const outcome = await this.fetchAndPublish(feed);
      await this.feeds.recordSuccess(feed, { ...outcome, nextPollInSeconds: feed.intervalSeconds });
      return { feedId: feed.id, ...outcome };
    } catch (error) {
      const status = error instanceof FeedAnswerError ? error.status : null;
      const message = failureMessage(error);
      const failures = feed.consecutiveFailures + 1;
      this.logger.warn({ feedId: feed.id, url: feed.url, failures, error: message }, 'feed poll failed');
      await this.feeds.recordFailure(feed, {
        status,
        error: message,
        nextPollInSeconds: backoffSeconds(feed.intervalSeconds, failures, this.settings.maxBackoffSeconds),
      });
      return { feedId: feed.id, status, itemsSeen: 0, itemsNew: 0, error: message };
    }
  }

  private async fetchAndPublish(feed: ClaimedFeed) {
    const response = await this.fetcher.fetch(feed.url, conditionalHeaders(feed), {
      timeoutMs: this.settings.fetchTimeoutMs,
      maxBytes: this.settings.maxBytes,
    });
    if (response.status === 304 || !('body' in response)) {
      return { status: 304, etag: feed.etag, lastModified: feed.lastModified, itemsSeen: 0, itemsNew: 0 };
    }
    if (response.status < 200 || response.status > 299) {
      throw new FeedAnswerError(response.status, `the feed answered HTTP ${response.status}`);
    }
    const items = readWireDocument(polledFeedDocument(response.body, response.contentType, feed.source));
    const byKey = new Map(items.map((item) => [feedItemKey(item), item]));
    const unseen = await this.feeds.unseenKeys(feed.id, [...byKey.keys()]);
    const events = unseen.flatMap((key) => {
      const item = byKey.get(key);
      return item ? [rawArticleEvent(item, { submittedBy: `feed:${feed.id}` }).event] : [];
    });
    if (events.length > 0) await this.publishing.publishAll(events);
    const recorded = await this.feeds.markSeen(feed.id, unseen);
    return {
      status: response.status,
      etag: response.etag,
      lastModified: response.lastModified,
      itemsSeen: byKey.size,
      itemsNew: recorded.length,
    };
  }
}
