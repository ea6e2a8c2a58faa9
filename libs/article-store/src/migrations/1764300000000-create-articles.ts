import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateArticles1764300000000 implements MigrationInterface {
  name = 'CreateArticles1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE articles (
        id text PRIMARY KEY,
        version bigint NOT NULL,
        source text NOT NULL,
        url text,
        title text,
        body text NOT NULL,
        language text NOT NULL,
        countries text[] NOT NULL DEFAULT '{}',
        story_id text NOT NULL,
        published_at timestamptz,
        received_at timestamptz NOT NULL,
        document jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX articles_language_idx ON articles (language)`);
    await queryRunner.query(`CREATE INDEX articles_story_id_idx ON articles (story_id)`);
    await queryRunner.query(`CREATE INDEX articles_countries_idx ON articles USING gin (countries)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE articles`);
  }
}
