import { Injectable } from '@nestjs/common';
import type { ArticleSubmission } from '@newsflow/contracts';
import { DataSource } from 'typeorm';

/** What a newsroom sent for one article, as the normalizer read it, at one version. */
export interface ArticleSource {
  articleId: string;
  version: number;
  submission: ArticleSubmission;
  /** The media type of the wire document the article came in; its bytes stay on the raw topic only. */
  wireMediaType: string | null;
  receivedAt: Date;
}

const UPSERT_SOURCES = `
  INSERT INTO article_sources (article_id, version, submission, wire_media_type, received_at)
  SELECT article_id, version, submission, wire_media_type, received_at
  FROM jsonb_to_recordset($1::jsonb) AS incoming(
    article_id text, version bigint, submission jsonb, wire_media_type text, received_at timestamptz)
  ON CONFLICT (article_id) DO UPDATE SET
    version = EXCLUDED.version, submission = EXCLUDED.submission, wire_media_type = EXCLUDED.wire_media_type,
    received_at = EXCLUDED.received_at, stored_at = now()
  WHERE article_sources.version < EXCLUDED.version`;

/** The newest version of each article; one statement cannot update the same row twice. */
function newestPerArticle(sources: ArticleSource[]): ArticleSource[] {
  const newest = new Map<string, ArticleSource>();
  for (const source of sources) {
    const kept = newest.get(source.articleId);
    if (!kept || kept.version < source.version) newest.set(source.articleId, source);
  }
  return [...newest.values()];
}

/**
 * Keeps each article's raw submission once, version-guarded like the articles table: a redelivery
 * changes nothing and an older submission arriving late never replaces a newer one.
 */
@Injectable()
export class ArticleSourceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async upsertMany(sources: ArticleSource[]): Promise<void> {
    if (sources.length === 0) return;
    const rows = newestPerArticle(sources).map((source) => ({
      article_id: source.articleId,
      version: source.version,
      submission: source.submission,
      wire_media_type: source.wireMediaType,
      received_at: source.receivedAt.toISOString(),
    }));
    await this.dataSource.query(UPSERT_SOURCES, [JSON.stringify(rows)]);
  }

  async findByArticle(articleId: string): Promise<ArticleSource | null> {
    const rows: {
      version: string;
      submission: ArticleSubmission;
      wire_media_type: string | null;
      received_at: Date;
    }[] = await this.dataSource.query(
      'SELECT version, submission, wire_media_type, received_at FROM article_sources WHERE article_id = $1',
      [articleId],
    );
    const [row] = rows;
    if (!row) return null;
    return {
      articleId,
      version: Number(row.version),
      submission: row.submission,
      wireMediaType: row.wire_media_type,
      receivedAt: new Date(row.received_at),
    };
  }
}
