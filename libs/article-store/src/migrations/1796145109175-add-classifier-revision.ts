import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The classifier revision that produced a stored article: the version guard orders revisions by
 * (version, classifier_revision), so a replay's re-classification replaces what is stored.
 * Articles stored before were classified at revision 1.
 */
export class AddClassifierRevision1796145109175 implements MigrationInterface {
  name = 'AddClassifierRevision1796145109175';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE articles ADD COLUMN classifier_revision integer NOT NULL DEFAULT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE articles DROP COLUMN classifier_revision`);
  }
}
