export interface FeedPollingSettings {
  tickMs: number;
  fetchTimeoutMs: number;
  maxBytes: number;
  /** Feeds one instance claims per tick. */
  feedsPerTick: number;
  maxBackoffSeconds: number;
  /** How long a claimed feed stays with its poller; covers the fetch and the publish. */
  leaseSeconds: number;
}

export interface FeedIntervalLimits {
  minIntervalSeconds: number;
  maxIntervalSeconds: number;
}

export const FEED_POLLING_SETTINGS = Symbol('FEED_POLLING_SETTINGS');
export const FEED_INTERVAL_LIMITS = Symbol('FEED_INTERVAL_LIMITS');
