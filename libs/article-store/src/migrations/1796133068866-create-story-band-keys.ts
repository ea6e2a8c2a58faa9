import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidate stories are found through a btree of (band key, story) rows for each story's
 * representative (its first article) instead of the GIN index over every article's band keys:
 * without planner statistics PostgreSQL filtered every fingerprint row for `band_keys && $1`, so
 * the lookup grew with the archive, whereas `band_key = ANY($1)` on a btree is an index lookup per
 * key whatever the statistics say.
 */
export class CreateStoryBandKeys1796133068866 implements MigrationInterface {
  name = 'CreateStoryBandKeys1796133068866';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE stories (
        story_id text PRIMARY KEY,
        article_id text NOT NULL,
        minhash bigint[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE story_band_keys (
        band_key text NOT NULL,
        story_id text NOT NULL,
        PRIMARY KEY (band_key, story_id)
      )`);
    await queryRunner.query(`
      INSERT INTO stories (story_id, article_id, minhash, created_at)
      SELECT DISTINCT ON (story_id) story_id, article_id, minhash, created_at FROM story_fingerprints
      ORDER BY story_id, created_at, article_id`);
    await queryRunner.query(`
      INSERT INTO story_band_keys (band_key, story_id)
      SELECT DISTINCT unnest(fingerprint.band_keys), story.story_id
      FROM stories story JOIN story_fingerprints fingerprint ON fingerprint.article_id = story.article_id`);
    // Only the article-id lookup is left on story_fingerprints; the GIN index just slowed writes.
    await queryRunner.query(`DROP INDEX story_fingerprints_band_keys_idx`);
    await queryRunner.query(`ANALYZE stories, story_band_keys`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX story_fingerprints_band_keys_idx ON story_fingerprints USING gin (band_keys)`,
    );
    await queryRunner.query(`DROP TABLE story_band_keys`);
    await queryRunner.query(`DROP TABLE stories`);
  }
}
