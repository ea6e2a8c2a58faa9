import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTranslations1796200000000 implements MigrationInterface {
  name = 'CreateTranslations1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Keyed by what was translated, not by article: a redelivered or resubmitted unchanged text costs no provider call.
    await queryRunner.query(`
      CREATE TABLE translation_cache (
        content_hash text NOT NULL,
        source_language text NOT NULL,
        target_language text NOT NULL,
        provider text NOT NULL,
        pair text NOT NULL,
        title text,
        paragraphs jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (content_hash, source_language, target_language)
      )`);
    await queryRunner.query(`
      CREATE TABLE article_translations (
        article_id text NOT NULL,
        target_language text NOT NULL,
        version bigint NOT NULL,
        source_language text NOT NULL,
        provider text NOT NULL,
        pair text NOT NULL,
        title text,
        paragraphs jsonb NOT NULL,
        content_hash text NOT NULL,
        translated_at timestamptz NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, target_language)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE article_translations`);
    await queryRunner.query(`DROP TABLE translation_cache`);
  }
}
