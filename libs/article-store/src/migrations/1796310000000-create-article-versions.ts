import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections, kills and embargoes: `articles` holds the latest version with its publication
 * status and embargo, `article_versions` every version received, keyed so a redelivery adds nothing.
 * Articles stored before were usable and had no embargo; their history starts with their next version.
 */
export class CreateArticleVersions1796310000000 implements MigrationInterface {
  name = 'CreateArticleVersions1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE articles ADD COLUMN pub_status text NOT NULL DEFAULT 'usable'`);
    await queryRunner.query(`ALTER TABLE articles ADD COLUMN embargoed_until timestamptz`);
    await queryRunner.query(`
      CREATE TABLE article_versions (
        id text NOT NULL,
        version bigint NOT NULL,
        classifier_revision integer NOT NULL,
        received_at timestamptz NOT NULL,
        title text,
        pub_status text NOT NULL,
        embargoed_until timestamptz,
        document jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, version)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE article_versions`);
    await queryRunner.query(`ALTER TABLE articles DROP COLUMN embargoed_until`);
    await queryRunner.query(`ALTER TABLE articles DROP COLUMN pub_status`);
  }
}
