import { Injectable } from '@nestjs/common';
import { type Publisher, scopeGranted } from '@newsflow/api-keys';
import { type FeedRecord, FeedRepository } from '@newsflow/article-store';

import { SourceNotAllowedError } from '../source-not-allowed.error';
import type { FeedRegistration } from './feed-registration';

export class FeedNotFoundError extends Error {
  constructor(readonly feedId: string) {
    super(`no feed ${feedId}`);
    this.name = 'FeedNotFoundError';
  }
}

export class FeedAlreadyRegisteredError extends Error {
  constructor(url: string, source: string) {
    super(`"${source}" already has a feed at ${url}`);
    this.name = 'FeedAlreadyRegisteredError';
  }
}

export class FeedSourceMissingError extends Error {
  constructor() {
    super('source is required when no API key names one');
    this.name = 'FeedSourceMissingError';
  }
}

/** Anyone when keys are off; otherwise a key of the feed's own source, or an admin key for any. */
function mayManage(publisher: Publisher | undefined, source: string): boolean {
  return !publisher || publisher.source === source || scopeGranted(publisher.scopes, 'admin');
}

/** Feeds are registered, listed, paused, resumed and removed by their source's keys (or an admin's). */
@Injectable()
export class ManageFeeds {
  constructor(private readonly feeds: FeedRepository) {}

  async register(registration: FeedRegistration, publisher?: Publisher): Promise<FeedRecord> {
    const source = registration.source ?? publisher?.source;
    if (!source) throw new FeedSourceMissingError();
    if (publisher && !mayManage(publisher, source)) throw new SourceNotAllowedError(publisher.keyId, [source]);
    const feed = await this.feeds.register({
      url: registration.url,
      source,
      intervalSeconds: registration.intervalSeconds,
      registeredBy: publisher?.keyId ?? null,
    });
    if (!feed) throw new FeedAlreadyRegisteredError(registration.url, source);
    return feed;
  }

  /** An admin key (or anyone when keys are off) sees every feed; other keys their source's. */
  async list(publisher?: Publisher): Promise<FeedRecord[]> {
    const all = !publisher || scopeGranted(publisher.scopes, 'admin');
    return this.feeds.list(all ? undefined : publisher.source);
  }

  async setPaused(id: string, paused: boolean, publisher?: Publisher): Promise<FeedRecord> {
    await this.ownFeed(id, publisher);
    const feed = await this.feeds.setPaused(id, paused);
    if (!feed) throw new FeedNotFoundError(id);
    return feed;
  }

  async remove(id: string, publisher?: Publisher): Promise<void> {
    await this.ownFeed(id, publisher);
    if (!(await this.feeds.remove(id))) throw new FeedNotFoundError(id);
  }

  /** Another source's feed reads as missing, so a key learns nothing of feeds it may not touch. */
  private async ownFeed(id: string, publisher?: Publisher): Promise<FeedRecord> {
    const feed = await this.feeds.find(id);
    if (!feed || !mayManage(publisher, feed.source)) throw new FeedNotFoundError(id);
    return feed;
  }
}
