import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { StoredApiKey } from './api-key-check';
import type { ApiKeyScope } from './api-key-scope';

export interface ApiKeyListing {
  id: string;
  source: string;
  scopes: ApiKeyScope[];
  createdAt: Date;
  revokedAt: Date | null;
}

const COLUMNS = `id, source, scopes, secret_hash AS "secretHash", created_at AS "createdAt", revoked_at AS "revokedAt"`;

@Injectable()
export class ApiKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(key: { id: string; source: string; scopes: ApiKeyScope[]; secretHash: Buffer }): Promise<void> {
    await this.dataSource.query(`INSERT INTO api_keys (id, source, scopes, secret_hash) VALUES ($1, $2, $3, $4)`, [
      key.id,
      key.source,
      key.scopes,
      key.secretHash,
    ]);
  }

  async find(id: string): Promise<StoredApiKey | null> {
    const rows: StoredApiKey[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM api_keys WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async list(): Promise<ApiKeyListing[]> {
    const rows: (ApiKeyListing & { secretHash?: Buffer })[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM api_keys ORDER BY source, created_at`,
    );
    return rows.map(({ secretHash: _secret, ...listing }) => listing);
  }

  /** False when no such key exists; revoking twice keeps the first time. */
  async revoke(id: string): Promise<boolean> {
    // A plain UPDATE answers [rows, count] through TypeORM; a CTE read back answers rows like any SELECT.
    const rows: unknown[] = await this.dataSource.query(
      `WITH revoked AS (UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING id)
       SELECT id FROM revoked`,
      [id],
    );
    return rows.length > 0;
  }
}
