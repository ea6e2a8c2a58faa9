import { Injectable } from '@nestjs/common';
import { articleCountryCodes, type ClassifiedArticle } from '@newsflow/contracts';
import { DataSource } from 'typeorm';

import { ArticleRecord } from './article.record';

export type ArticleWrite = 'written' | 'stale';

/**
 * Every write is an idempotent upsert guarded by the article version: a redelivered event changes
 * nothing, and an older revision arriving late never replaces a newer one.
 */
@Injectable()
export class ArticleRepository {
  constructor(private readonly dataSource: DataSource) {}

  async upsert(article: ClassifiedArticle): Promise<ArticleWrite> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO articles (id, version, source, url, title, body, language, countries, story_id, published_at, received_at, document)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (id) DO UPDATE SET
         version = EXCLUDED.version, source = EXCLUDED.source, url = EXCLUDED.url, title = EXCLUDED.title,
         body = EXCLUDED.body, language = EXCLUDED.language, countries = EXCLUDED.countries,
         story_id = EXCLUDED.story_id, published_at = EXCLUDED.published_at, received_at = EXCLUDED.received_at,
         document = EXCLUDED.document, updated_at = now()
       WHERE articles.version < EXCLUDED.version
       RETURNING id`,
      [
        article.id,
        article.version,
        article.source,
        article.url,
        article.text.title,
        article.text.body,
        article.text.language.code,
        articleCountryCodes(article.classification),
        article.classification.storyId,
        article.publishedAt,
        article.receivedAt,
        JSON.stringify(article),
      ],
    );
    return rows.length > 0 ? 'written' : 'stale';
  }

  async findById(id: string): Promise<ClassifiedArticle | null> {
    const record = await this.dataSource
      .getRepository(ArticleRecord)
      .findOne({ where: { id }, select: { document: true } });
    return record?.document ?? null;
  }
}
