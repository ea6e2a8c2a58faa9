import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feeds that ingest polls, with their schedule, lease and status, and the keys of the items each
 * feed has published, so an item is published once across polls, restarts and instances.
 */
export class CreateFeeds1796400000000 implements MigrationInterface {
  name = 'CreateFeeds1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE feeds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL,
        source text NOT NULL,
        interval_seconds integer NOT NULL,
        paused boolean NOT NULL DEFAULT false,
        registered_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        next_poll_at timestamptz NOT NULL DEFAULT now(),
        lease_token uuid,
        lease_until timestamptz,
        etag text,
        last_modified text,
        last_polled_at timestamptz,
        last_status integer,
        last_success_at timestamptz,
        last_error text,
        last_error_at timestamptz,
        consecutive_failures integer NOT NULL DEFAULT 0,
        items_seen bigint NOT NULL DEFAULT 0,
        items_new bigint NOT NULL DEFAULT 0,
        UNIQUE (source, url)
      )`);
    await queryRunner.query(`CREATE INDEX feeds_due ON feeds (next_poll_at) WHERE NOT paused`);
    await queryRunner.query(`
      CREATE TABLE feed_items (
        feed_id uuid NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        item_key text NOT NULL,
        seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (feed_id, item_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE feed_items`);
    await queryRunner.query(`DROP TABLE feeds`);
  }
}
