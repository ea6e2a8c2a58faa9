import { Injectable } from '@nestjs/common';
import type { TranslatedArticle, TranslationProviderName } from '@newsflow/contracts';
import { DataSource } from 'typeorm';

export interface CachedTranslation {
  provider: TranslationProviderName;
  pair: string;
  title: string | null;
  paragraphs: string[];
}

export interface CacheKey {
  contentHash: string;
  sourceLanguage: string;
  targetLanguage: string;
}

/**
 * Stored only while the article's stored version is the translated one, and never over a
 * translation of a newer version: the article row is locked for the statement, so an indexer
 * writing a newer version waits or goes first.
 */
const STORE_TRANSLATION = `
  WITH current AS (SELECT version FROM articles WHERE id = $1 FOR SHARE)
  INSERT INTO article_translations
    (article_id, target_language, version, source_language, provider, pair, title, paragraphs, content_hash, translated_at)
  SELECT $1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10 FROM current WHERE current.version = $3
  ON CONFLICT (article_id, target_language) DO UPDATE SET
    version = EXCLUDED.version, source_language = EXCLUDED.source_language, provider = EXCLUDED.provider,
    pair = EXCLUDED.pair, title = EXCLUDED.title, paragraphs = EXCLUDED.paragraphs,
    content_hash = EXCLUDED.content_hash, translated_at = EXCLUDED.translated_at, stored_at = now()
  WHERE article_translations.version <= EXCLUDED.version
  RETURNING version`;

export type TranslationStoreOutcome = 'written' | 'stale' | 'article-behind';

export interface StoredTranslation {
  targetLanguage: string;
  sourceLanguage: string;
  version: number;
  provider: string;
  pair: string;
  title: string | null;
  paragraphs: string[];
  translatedAt: string;
}

@Injectable()
export class TranslationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async cached(key: CacheKey): Promise<CachedTranslation | null> {
    const rows: CachedTranslation[] = await this.dataSource.query(
      `SELECT provider, pair, title, paragraphs FROM translation_cache
        WHERE content_hash = $1 AND source_language = $2 AND target_language = $3`,
      [key.contentHash, key.sourceLanguage, key.targetLanguage],
    );
    return rows[0] ?? null;
  }

  async remember(key: CacheKey, translation: CachedTranslation): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO translation_cache (content_hash, source_language, target_language, provider, pair, title, paragraphs)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) ON CONFLICT DO NOTHING`,
      [
        key.contentHash,
        key.sourceLanguage,
        key.targetLanguage,
        translation.provider,
        translation.pair,
        translation.title,
        JSON.stringify(translation.paragraphs),
      ],
    );
  }

  /**
   * 'article-behind': the article's stored version is older than the translation's (the indexer has
   * not written it yet), so the caller retries later; 'stale': a newer version is stored.
   */
  async store(translation: TranslatedArticle): Promise<TranslationStoreOutcome> {
    const written: unknown[] = await this.dataSource.query(STORE_TRANSLATION, [
      translation.id,
      translation.targetLanguage,
      translation.version,
      translation.sourceLanguage,
      translation.provider,
      translation.pair,
      translation.title,
      JSON.stringify(translation.paragraphs),
      translation.contentHash,
      translation.translatedAt,
    ]);
    if (written.length > 0) return 'written';
    const rows: { version: string }[] = await this.dataSource.query('SELECT version FROM articles WHERE id = $1', [
      translation.id,
    ]);
    return rows.length === 0 || Number(rows[0].version) < translation.version ? 'article-behind' : 'stale';
  }

  /** The translations of the stored version of an article, for its ninjs. */
  async forArticle(articleId: string): Promise<StoredTranslation[]> {
    const rows: (Omit<StoredTranslation, 'version' | 'translatedAt'> & { version: string; translatedAt: Date })[] =
      await this.dataSource.query(
        `SELECT t.target_language AS "targetLanguage", t.source_language AS "sourceLanguage", t.version, t.provider,
                t.pair, t.title, t.paragraphs, t.translated_at AS "translatedAt"
           FROM article_translations t JOIN articles a ON a.id = t.article_id AND a.version = t.version
          WHERE t.article_id = $1 ORDER BY t.target_language`,
        [articleId],
      );
    return rows.map((row) => ({ ...row, version: Number(row.version), translatedAt: row.translatedAt.toISOString() }));
  }
}
