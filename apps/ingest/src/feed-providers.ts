import type { Provider } from '@nestjs/common';
import { HttpFeedFetcher } from '@newsflow/http';
import {
  FEED_INTERVAL_LIMITS,
  FEED_POLLING_SETTINGS,
  type FeedIntervalLimits,
  FeedPoller,
  type FeedPollingSettings,
  ManageFeeds,
  PollDueFeeds,
} from '@newsflow/stage-ingest';

import type { IngestSettings } from './ingest-settings';

/** A lease outlasts the slowest poll (fetch, then publish) by a margin, so it never runs out mid-poll. */
const LEASE_MARGIN_SECONDS = 30;

export function feedProviders(settings: IngestSettings): Provider[] {
  const polling: FeedPollingSettings = {
    tickMs: settings.FEED_POLL_TICK_MS,
    fetchTimeoutMs: settings.FEED_FETCH_TIMEOUT_MS,
    maxBytes: settings.FEED_MAX_BYTES,
    feedsPerTick: settings.FEED_POLL_FEEDS_PER_TICK,
    maxBackoffSeconds: settings.FEED_MAX_BACKOFF_SECONDS,
    leaseSeconds:
      Math.ceil((settings.FEED_FETCH_TIMEOUT_MS + settings.INGEST_PUBLISH_TIMEOUT_MS) / 1000) + LEASE_MARGIN_SECONDS,
  };
  const intervals: FeedIntervalLimits = {
    minIntervalSeconds: settings.FEED_MIN_INTERVAL_SECONDS,
    maxIntervalSeconds: settings.FEED_MAX_INTERVAL_SECONDS,
  };
  return [
    { provide: FEED_POLLING_SETTINGS, useValue: polling },
    { provide: FEED_INTERVAL_LIMITS, useValue: intervals },
    HttpFeedFetcher,
    ManageFeeds,
    PollDueFeeds,
    FeedPoller,
  ];
}
