import { Injectable } from '@nestjs/common';
import { articleCountryCodes, type ClassifiedArticle, classifierRevision } from '@newsflow/contracts';
import { DataSource } from 'typeorm';

import { ArticleRecord } from './article.record';
import { latestRevisions } from './latest-revisions';

export type ArticleWrite = 'written' | 'stale';

export interface ArticleWriteResult {
  id: string;
  outcome: ArticleWrite;
}

const UPSERT_ARTICLES = `
  INSERT INTO articles (id, version, classifier_revision, source, url, title, body, language, countries, story_id,
    published_at, received_at, document)
  SELECT id, version, classifier_revision, source, url, title, body, language, countries, story_id,
    published_at, received_at, document
  FROM jsonb_to_recordset($1::jsonb) AS incoming(
    id text, version bigint, classifier_revision integer, source text, url text, title text, body text, language text, countries text[],
    story_id text, published_at timestamptz, received_at timestamptz, document jsonb)
  ON CONFLICT (id) DO UPDATE SET
    version = EXCLUDED.version, classifier_revision = EXCLUDED.classifier_revision, source = EXCLUDED.source, url = EXCLUDED.url, title = EXCLUDED.title,
    body = EXCLUDED.body, language = EXCLUDED.language, countries = EXCLUDED.countries,
    story_id = EXCLUDED.story_id, published_at = EXCLUDED.published_at, received_at = EXCLUDED.received_at,
    document = EXCLUDED.document, updated_at = now()
  WHERE (articles.version, articles.classifier_revision) < (EXCLUDED.version, EXCLUDED.classifier_revision)
  RETURNING id`;

/**
 * Every write is an idempotent upsert guarded by the article version, then the classifier
 * revision: a redelivered event changes nothing, an older revision arriving late never replaces a
 * newer one, and a re-classification (same version, higher classifier revision) does.
 */
@Injectable()
export class ArticleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One statement for the whole batch. The outcome of each article, in the order given: 'stale' when
   * the stored (version, classifier revision) is the same or newer, or a newer one is in the same batch.
   */
  async upsertMany(articles: ClassifiedArticle[]): Promise<ArticleWriteResult[]> {
    if (articles.length === 0) return [];
    const latest = latestRevisions(articles);
    const rows: { id: string }[] = await this.dataSource.query(UPSERT_ARTICLES, [
      JSON.stringify([...latest.values()].map(articleRow)),
    ]);
    const written = new Set(rows.map((row) => row.id));
    return articles.map((article) => ({
      id: article.id,
      outcome: latest.get(article.id) === article && written.has(article.id) ? 'written' : 'stale',
    }));
  }

  async findById(id: string): Promise<ClassifiedArticle | null> {
    const record = await this.dataSource
      .getRepository(ArticleRecord)
      .findOne({ where: { id }, select: { document: true } });
    return record?.document ?? null;
  }

  /** The reports of a story, first received first, without their bodies. */
  async findByStory(storyId: string, limit: number): Promise<StoryReportRow[]> {
    return this.dataSource.getRepository(ArticleRecord).find({
      where: { storyId },
      select: { id: true, title: true, source: true, url: true, language: true, publishedAt: true, receivedAt: true },
      order: { receivedAt: 'ASC', id: 'ASC' },
      take: limit,
    });
  }
}

/** One report of a story, as a story page lists it. */
export interface StoryReportRow {
  id: string;
  title: string | null;
  source: string;
  url: string | null;
  language: string;
  publishedAt: Date | null;
  receivedAt: Date;
}

function articleRow(article: ClassifiedArticle) {
  return {
    id: article.id,
    version: article.version,
    classifier_revision: classifierRevision(article),
    source: article.source,
    url: article.url,
    title: article.text.title,
    body: article.text.body,
    language: article.text.language.code,
    countries: articleCountryCodes(article.classification),
    story_id: article.classification.storyId,
    published_at: article.publishedAt,
    received_at: article.receivedAt,
    document: article,
  };
}
