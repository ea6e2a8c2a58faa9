import { Injectable } from '@nestjs/common';
import { chooseStory, type StoryFingerprint } from '@newsflow/article-classification';
import { DataSource } from 'typeorm';

const CANDIDATE_LIMIT = 200;

interface FingerprintRow {
  article_id: string;
  story_id: string;
  minhash: string[];
  band_keys: string[];
}

/**
 * Story clusters live in PostgreSQL so that they survive restarts and are shared by every
 * classifier instance. Assignment runs under one transaction-scoped advisory lock: two copies of a
 * wire story classified at the same moment by two instances must still land in one story.
 */
@Injectable()
export class StoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async assign(articleId: string, fingerprint: StoryFingerprint): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['newsflow-story-assignment']);
      const known: { story_id: string }[] = await manager.query(
        'SELECT story_id FROM story_fingerprints WHERE article_id = $1',
        [articleId],
      );
      if (known.length > 0) return known[0].story_id;

      const rows: FingerprintRow[] = await manager.query(
        `SELECT article_id, story_id, minhash::text[] AS minhash, band_keys FROM story_fingerprints
         WHERE band_keys && $1::text[] LIMIT ${CANDIDATE_LIMIT}`,
        [fingerprint.bandKeys],
      );
      const candidates = rows.map((row) => ({
        storyId: row.story_id,
        fingerprint: { minhash: row.minhash.map(Number), bandKeys: row.band_keys },
      }));
      const storyId = chooseStory(fingerprint, candidates)?.storyId ?? articleId;
      await manager.query(
        'INSERT INTO story_fingerprints (article_id, story_id, minhash, band_keys) VALUES ($1, $2, $3::bigint[], $4::text[])',
        [articleId, storyId, fingerprint.minhash, fingerprint.bandKeys],
      );
      return storyId;
    });
  }
}
