import type { ClaimedFeed, FeedPollSuccess, FeedRepository } from '@newsflow/article-store';
import { articleIdFor } from '@newsflow/contracts';
import type { FeedResponse, HttpFeedFetcher } from '@newsflow/http';
import type { EventPublisher } from '@newsflow/messaging';
import { rss, windows1251Rss } from '@newsflow/wire-formats/testing';

import { BoundedPublishing } from '../bounded-publishing';
import { PollDueFeeds } from './poll-due-feeds';

type FeedAnswer = Extract<FeedResponse, { body: Buffer }>;

const SETTINGS = {
  tickMs: 1000,
  fetchTimeoutMs: 1000,
  maxBytes: 1 << 20,
  feedsPerTick: 4,
  maxBackoffSeconds: 600,
  leaseSeconds: 60,
};

/** The feed table as far as one poll sees it: one claimed feed, its seen keys, its recorded outcomes. */
class FakeFeeds {
  seen = new Set<string>();
  successes: FeedPollSuccess[] = [];
  failures: { status: number | null; error: string; nextPollInSeconds: number }[] = [];
  feed: ClaimedFeed = {
    id: 'f1',
    url: 'http://127.0.0.1/feed',
    source: 'partner',
    intervalSeconds: 60,
    etag: null,
    lastModified: null,
    consecutiveFailures: 0,
    leaseToken: 't1',
  };

  async claimDue() {
    return [this.feed];
  }
  async unseenKeys(_: string, keys: string[]) {
    return keys.filter((key) => !this.seen.has(key));
  }
  async markSeen(_: string, keys: string[]) {
    const added = keys.filter((key) => !this.seen.has(key));
    added.forEach((key) => this.seen.add(key));
    return added;
  }
  async recordSuccess(_: ClaimedFeed, poll: FeedPollSuccess) {
    this.successes.push(poll);
    return true;
  }
  async recordFailure(_: ClaimedFeed, failure: { status: number | null; error: string; nextPollInSeconds: number }) {
    this.failures.push(failure);
    return true;
  }
}

describe('PollDueFeeds', () => {
  let feeds: FakeFeeds;
  let answer: FeedResponse | Error | string;
  let sentHeaders: Record<string, string>[];
  let published: { key: string; payload: { guid?: string }; submittedBy?: string }[];
  let publishFails: boolean;
  let poll: PollDueFeeds;

  const ok = (body: string | Buffer, extra: Partial<FeedAnswer> = {}): FeedAnswer => ({
    status: 200,
    contentType: 'application/rss+xml',
    etag: '"v1"',
    lastModified: null,
    body: Buffer.from(body),
    ...extra,
  });

  beforeEach(() => {
    feeds = new FakeFeeds();
    sentHeaders = [];
    published = [];
    publishFails = false;
    const fetcher = {
      fetch: async (_url: string, headers: Record<string, string>) => {
        sentHeaders.push(headers);
        if (answer instanceof Error || typeof answer === 'string') throw answer;
        return answer;
      },
    } as unknown as HttpFeedFetcher;
    const publisher = {
      pendingEvents: 0,
      publishAll: async (events: typeof published) => {
        if (publishFails) throw new Error('broker away');
        published.push(...events);
      },
    } as unknown as EventPublisher;
    poll = new PollDueFeeds(feeds as unknown as FeedRepository, fetcher, new BoundedPublishing(publisher), SETTINGS);
  });

  it('publishes every item of a first poll with the feed as provenance, and only new items after', async () => {
    answer = ok(rss('a', 2));
    await poll.execute();
    expect(published.map((event) => event.payload.guid)).toEqual(['a-0', 'a-1']);
    expect(published.every((event) => event.submittedBy === 'feed:f1')).toBe(true);
    expect(published[0].key).toBe(articleIdFor(published[0].payload as never));
    answer = ok(rss('a', 3));
    const [outcome] = await poll.execute();
    expect(published.map((event) => event.payload.guid)).toEqual(['a-0', 'a-1', 'a-2']);
    expect(outcome).toMatchObject({ status: 200, itemsSeen: 3, itemsNew: 1 });
    expect(feeds.successes.at(-1)).toMatchObject({ etag: '"v1"', itemsSeen: 3, itemsNew: 1, nextPollInSeconds: 60 });
  });

  it('asks conditionally with the stored validators, and publishes nothing on 304', async () => {
    feeds.feed = { ...feeds.feed, etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' };
    answer = { status: 304 };
    const [outcome] = await poll.execute();
    expect(sentHeaders[0]).toEqual({ 'if-none-match': '"v1"', 'if-modified-since': 'Tue, 01 Dec 2026 10:00:00 GMT' });
    expect(published).toEqual([]);
    expect(outcome).toMatchObject({ status: 304, itemsNew: 0 });
    expect(feeds.successes[0]).toMatchObject({ status: 304, etag: '"v1"' });
  });

  it('records an item as seen only once it was published, so a failed publish is retried next poll', async () => {
    answer = ok(rss('b', 2));
    publishFails = true;
    const [failed] = await poll.execute();
    expect(failed.error).toMatch(/broker away/);
    expect(feeds.seen.size).toBe(0);
    publishFails = false;
    await poll.execute();
    expect(published.map((event) => event.payload.guid)).toEqual(['b-0', 'b-1']);
  });

  it('backs off on an error answer, a fetch failure and a malformed feed, naming each', async () => {
    feeds.feed = { ...feeds.feed, consecutiveFailures: 2 };
    answer = { ...ok(''), status: 500 };
    await poll.execute();
    answer = new Error('fetching the feed failed: connect ECONNREFUSED');
    await poll.execute();
    answer = ok('<rss><channel><item><title>unclosed');
    await poll.execute();
    expect(feeds.failures.map((failure) => [failure.status, failure.nextPollInSeconds])).toEqual([
      [500, 480],
      [null, 480],
      [null, 480],
    ]);
    expect(feeds.failures[0].error).toBe('the feed answered HTTP 500');
    expect(feeds.failures[1].error).toMatch(/ECONNREFUSED/);
    expect(feeds.failures[2].error).toMatch(/RSS|feed|XML/i);
    expect(published).toEqual([]);
  });

  it('names a failure that is not an Error object instead of recording nothing', async () => {
    answer = 'socket hang up';
    await poll.execute();
    expect(feeds.failures.map((failure) => failure.error)).toEqual(['socket hang up']);
  });

  it('reads a windows-1251 feed by its XML declaration', async () => {
    answer = ok(windows1251Rss('c'), { contentType: 'application/xml' });
    await poll.execute();
    expect(published).toHaveLength(1);
    expect(JSON.stringify(published[0].payload)).toMatch(/[а-яіїє]{4,}/i);
  });
});
