import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateArticleSources1796300000001 implements MigrationInterface {
  name = 'CreateArticleSources1796300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Provenance: the submission as the normalizer read it, kept once here instead of on every later topic.
    await queryRunner.query(`
      CREATE TABLE article_sources (
        article_id text PRIMARY KEY,
        version bigint NOT NULL,
        submission jsonb NOT NULL,
        wire_media_type text,
        received_at timestamptz NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE article_sources`);
  }
}
