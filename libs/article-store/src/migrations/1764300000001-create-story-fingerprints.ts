import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStoryFingerprints1764300000001 implements MigrationInterface {
  name = 'CreateStoryFingerprints1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE story_fingerprints (
        article_id text PRIMARY KEY,
        story_id text NOT NULL,
        minhash bigint[] NOT NULL,
        band_keys text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX story_fingerprints_band_keys_idx ON story_fingerprints USING gin (band_keys)`,
    );
    await queryRunner.query(`CREATE INDEX story_fingerprints_story_id_idx ON story_fingerprints (story_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE story_fingerprints`);
  }
}
