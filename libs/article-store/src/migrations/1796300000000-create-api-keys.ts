import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateApiKeys1796300000000 implements MigrationInterface {
  name = 'CreateApiKeys1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The id is the token's public prefix, so checking a key is one primary-key lookup.
    await queryRunner.query(`
      CREATE TABLE api_keys (
        id text PRIMARY KEY,
        source text NOT NULL,
        scopes text[] NOT NULL,
        secret_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    // rate-limiter-flexible's table, shared by every ingest instance; its shape is the library's.
    await queryRunner.query(`
      CREATE TABLE api_key_rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE api_key_rate_limits`);
    await queryRunner.query(`DROP TABLE api_keys`);
  }
}
