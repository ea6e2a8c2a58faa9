import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

export interface KeyRateLimit {
  readonly requestsPerMinute: number;
  /** Counts one request of the key; the seconds to wait when it is over its limit, else null. */
  consume(keyId: string): Promise<number | null>;
}

/**
 * The limit is counted in PostgreSQL (one upsert per request) rather than in each process's
 * memory: behind a load balancer every ingest instance sees part of a key's traffic, and an
 * in-memory count would let a key through N times its limit with N instances, or need a limit
 * divided by a count of instances that changes when one is added. The key's own row is already
 * read from PostgreSQL on every request, so this adds no new dependency.
 */
export class PostgresKeyRateLimit implements KeyRateLimit {
  private readonly limiter: RateLimiterPostgres;

  constructor(
    dataSource: DataSource,
    readonly requestsPerMinute: number,
  ) {
    this.limiter = new RateLimiterPostgres({
      storeClient: dataSource,
      storeType: 'typeorm',
      tableName: 'api_key_rate_limits',
      tableCreated: true,
      keyPrefix: 'ingest',
      points: requestsPerMinute,
      duration: 60,
    });
  }

  async consume(keyId: string): Promise<number | null> {
    try {
      await this.limiter.consume(keyId);
      return null;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
    }
  }
}
