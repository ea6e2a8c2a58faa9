import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A registered feed with its schedule and status, as `GET /v1/feeds` shows it. */
export interface FeedRecord {
  id: string;
  url: string;
  source: string;
  intervalSeconds: number;
  paused: boolean;
  registeredBy: string | null;
  createdAt: Date;
  nextPollAt: Date;
  lastPolledAt: Date | null;
  lastStatus: number | null;
  lastSuccessAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  consecutiveFailures: number;
  itemsSeen: number;
  itemsNew: number;
}

/** A feed taken for one poll: only the holder of its lease token may record the outcome. */
export interface ClaimedFeed {
  id: string;
  url: string;
  source: string;
  intervalSeconds: number;
  etag: string | null;
  lastModified: string | null;
  consecutiveFailures: number;
  leaseToken: string;
}

export interface FeedPollSuccess {
  status: number;
  etag: string | null;
  lastModified: string | null;
  itemsSeen: number;
  itemsNew: number;
  nextPollInSeconds: number;
}

const COLUMNS = `id, url, source, interval_seconds AS "intervalSeconds", paused, registered_by AS "registeredBy",
  created_at AS "createdAt", next_poll_at AS "nextPollAt", last_polled_at AS "lastPolledAt",
  last_status AS "lastStatus", last_success_at AS "lastSuccessAt", last_error AS "lastError",
  last_error_at AS "lastErrorAt", consecutive_failures AS "consecutiveFailures",
  items_seen::float8 AS "itemsSeen", items_new::float8 AS "itemsNew"`;

@Injectable()
export class FeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Null when the source already has a feed at this URL. */
  async register(feed: {
    url: string;
    source: string;
    intervalSeconds: number;
    registeredBy: string | null;
  }): Promise<FeedRecord | null> {
    const rows: FeedRecord[] = await this.dataSource.query(
      `INSERT INTO feeds (url, source, interval_seconds, registered_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (source, url) DO NOTHING RETURNING ${COLUMNS}`,
      [feed.url, feed.source, feed.intervalSeconds, feed.registeredBy],
    );
    return rows[0] ?? null;
  }

  /** Every feed, or one source's only. */
  async list(source?: string): Promise<FeedRecord[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM feeds WHERE $1::text IS NULL OR source = $1 ORDER BY source, created_at`,
      [source ?? null],
    );
  }

  async find(id: string): Promise<FeedRecord | null> {
    const rows: FeedRecord[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM feeds WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** A resumed feed is due at once. */
  async setPaused(id: string, paused: boolean): Promise<FeedRecord | null> {
    const rows: FeedRecord[] = await this.dataSource.query(
      `WITH changed AS (
         UPDATE feeds SET paused = $2, next_poll_at = CASE WHEN $2 THEN next_poll_at ELSE now() END
         WHERE id = $1 RETURNING *)
       SELECT ${COLUMNS} FROM changed`,
      [id, paused],
    );
    return rows[0] ?? null;
  }

  /** Its seen items go with it. */
  async remove(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH removed AS (DELETE FROM feeds WHERE id = $1 RETURNING id) SELECT id FROM removed`,
      [id],
    );
    return rows.length > 0;
  }

  /**
   * Takes up to `limit` due feeds for `leaseSeconds`. SKIP LOCKED lets instances claim at the same
   * moment without waiting on each other; the lease keeps a feed from being polled twice while its
   * poll runs, and lets another instance take it over once a crashed holder's lease has run out.
   */
  async claimDue(limit: number, leaseSeconds: number): Promise<ClaimedFeed[]> {
    return this.dataSource.query(
      `WITH due AS (
         SELECT id FROM feeds
         WHERE NOT paused AND next_poll_at <= now() AND (lease_until IS NULL OR lease_until < now())
         ORDER BY next_poll_at LIMIT $1 FOR UPDATE SKIP LOCKED),
       claimed AS (
         UPDATE feeds f SET lease_token = gen_random_uuid(), lease_until = now() + make_interval(secs => $2)
         FROM due WHERE f.id = due.id RETURNING f.*)
       SELECT id, url, source, interval_seconds AS "intervalSeconds", etag, last_modified AS "lastModified",
         consecutive_failures AS "consecutiveFailures", lease_token AS "leaseToken" FROM claimed`,
      [limit, leaseSeconds],
    );
  }

  /** Of the given item keys, those the feed has not published yet, in their order. */
  async unseenKeys(feedId: string, keys: string[]): Promise<string[]> {
    const rows: { key: string }[] = await this.dataSource.query(
      `SELECT k.key FROM unnest($2::text[]) WITH ORDINALITY AS k(key, n)
       WHERE NOT EXISTS (SELECT 1 FROM feed_items i WHERE i.feed_id = $1 AND i.item_key = k.key)
       ORDER BY k.n`,
      [feedId, keys],
    );
    return rows.map((row) => row.key);
  }

  /** Records published items; answers the keys that were not recorded before. */
  async markSeen(feedId: string, keys: string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const rows: { key: string }[] = await this.dataSource.query(
      `INSERT INTO feed_items (feed_id, item_key) SELECT $1, unnest($2::text[])
       ON CONFLICT DO NOTHING RETURNING item_key AS key`,
      [feedId, keys],
    );
    return rows.map((row) => row.key);
  }

  /** False when the lease was lost (run out and taken by another instance): that poll's outcome is dropped. */
  async recordSuccess(feed: ClaimedFeed, poll: FeedPollSuccess): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH done AS (
         UPDATE feeds SET lease_token = NULL, lease_until = NULL, last_polled_at = now(), last_status = $3,
           last_success_at = now(), consecutive_failures = 0,
           etag = CASE WHEN $3 = 304 THEN etag ELSE $4 END,
           last_modified = CASE WHEN $3 = 304 THEN last_modified ELSE $5 END,
           items_seen = items_seen + $6, items_new = items_new + $7,
           next_poll_at = now() + make_interval(secs => $8)
         WHERE id = $1 AND lease_token = $2 RETURNING id)
       SELECT id FROM done`,
      [
        feed.id,
        feed.leaseToken,
        poll.status,
        poll.etag,
        poll.lastModified,
        poll.itemsSeen,
        poll.itemsNew,
        poll.nextPollInSeconds,
      ],
    );
    return rows.length > 0;
  }

  async recordFailure(
    feed: ClaimedFeed,
    failure: { status: number | null; error: string; nextPollInSeconds: number },
  ): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH done AS (
         UPDATE feeds SET lease_token = NULL, lease_until = NULL, last_polled_at = now(), last_status = $3,
           last_error = $4, last_error_at = now(), consecutive_failures = consecutive_failures + 1,
           next_poll_at = now() + make_interval(secs => $5)
         WHERE id = $1 AND lease_token = $2 RETURNING id)
       SELECT id FROM done`,
      [feed.id, feed.leaseToken, failure.status, failure.error.slice(0, 1000), failure.nextPollInSeconds],
    );
    return rows.length > 0;
  }
}
