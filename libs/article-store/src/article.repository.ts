import { Injectable } from '@nestjs/common';
import {
  articleBody,
  articleCountryCodes,
  type ClassifiedArticle,
  classifierRevision,
  type PubStatus,
} from '@newsflow/contracts';
import { DataSource, IsNull, LessThanOrEqual } from 'typeorm';

import { ArticleRecord } from './article.record';
import { everyVersion, latestRevisions } from './latest-revisions';

export type ArticleWrite = 'written' | 'stale';

export interface ArticleWriteResult {
  id: string;
  outcome: ArticleWrite;
}

/**
 * One statement, so the history and the latest version are written together or not at all: every
 * version received goes into article_versions ($2, one row per id and version), the latest into articles ($1).
 */
const UPSERT_ARTICLES = `
  WITH incoming AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS incoming(
      id text, version bigint, classifier_revision integer, source text, url text, title text, body text, language text,
      countries text[], story_id text, published_at timestamptz, received_at timestamptz, pub_status text,
      embargoed_until timestamptz, document jsonb)
  ), history AS (
    INSERT INTO article_versions (id, version, classifier_revision, received_at, title, pub_status, embargoed_until, document)
    SELECT id, version, classifier_revision, received_at, title, pub_status, embargoed_until, document FROM incoming
    ON CONFLICT (id, version) DO UPDATE SET
      classifier_revision = EXCLUDED.classifier_revision, title = EXCLUDED.title, document = EXCLUDED.document
    WHERE article_versions.classifier_revision < EXCLUDED.classifier_revision
  )
  INSERT INTO articles (id, version, classifier_revision, source, url, title, body, language, countries, story_id,
    published_at, received_at, pub_status, embargoed_until, document)
  SELECT DISTINCT ON (id) id, version, classifier_revision, source, url, title, body, language, countries, story_id,
    published_at, received_at, pub_status, embargoed_until, document
  FROM incoming ORDER BY id, version DESC, classifier_revision DESC
  ON CONFLICT (id) DO UPDATE SET
    version = EXCLUDED.version, classifier_revision = EXCLUDED.classifier_revision, source = EXCLUDED.source, url = EXCLUDED.url, title = EXCLUDED.title,
    body = EXCLUDED.body, language = EXCLUDED.language, countries = EXCLUDED.countries,
    story_id = EXCLUDED.story_id, published_at = EXCLUDED.published_at, received_at = EXCLUDED.received_at,
    pub_status = EXCLUDED.pub_status, embargoed_until = EXCLUDED.embargoed_until,
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
    // Each version once, sent once: the statement keeps every one in the history and the newest in articles.
    const rows: { id: string }[] = await this.dataSource.query(UPSERT_ARTICLES, [
      JSON.stringify(everyVersion(articles).map(articleRow)),
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

  /** Every version received of an article, newest first, without bodies. */
  async findVersions(id: string): Promise<ArticleVersionRow[]> {
    const rows: {
      version: string;
      received_at: Date;
      title: string | null;
      pub_status: PubStatus;
      embargoed_until: Date | null;
    }[] = await this.dataSource.query(
      `SELECT version, received_at, title, pub_status, embargoed_until FROM article_versions
         WHERE id = $1 ORDER BY version DESC LIMIT $2`,
      [id, VERSIONS_LIMIT],
    );
    return rows.map((row) => ({
      version: Number(row.version),
      receivedAt: row.received_at,
      headline: row.title,
      status: row.pub_status,
      embargoedUntil: row.embargoed_until,
    }));
  }

  /** The published reports of a story (not withdrawn, embargo passed), first received first, without their bodies. */
  async findByStory(storyId: string, limit: number): Promise<StoryReportRow[]> {
    return this.dataSource.getRepository(ArticleRecord).find({
      where: [
        { storyId, pubStatus: 'usable', embargoedUntil: IsNull() },
        { storyId, pubStatus: 'usable', embargoedUntil: LessThanOrEqual(new Date()) },
      ],
      select: { id: true, title: true, source: true, url: true, language: true, publishedAt: true, receivedAt: true },
      order: { receivedAt: 'ASC', id: 'ASC' },
      take: limit,
    });
  }
}

/** A bound on one article's history, so a flood of corrections cannot make one answer unbounded. */
const VERSIONS_LIMIT = 500;

/** One version of an article as its history lists it. */
export interface ArticleVersionRow {
  version: number;
  receivedAt: Date;
  headline: string | null;
  status: PubStatus;
  embargoedUntil: Date | null;
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
    body: articleBody(article.text),
    language: article.text.language.code,
    countries: articleCountryCodes(article.classification),
    story_id: article.classification.storyId,
    published_at: article.publishedAt,
    received_at: article.receivedAt,
    pub_status: article.pubStatus ?? 'usable',
    embargoed_until: article.embargoedUntil ?? null,
    document: article,
  };
}
