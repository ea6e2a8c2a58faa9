import { Injectable } from '@nestjs/common';
import { chooseStory, type StoryFingerprint } from '@newsflow/article-classification';
import { DataSource } from 'typeorm';

/**
 * Each story is compared through its first article only, so a flood of copies of one wire story
 * costs one comparison, not one per copy.
 */
const CANDIDATE_LIMIT = 20;

interface CandidateRow {
  story_id: string;
  minhash: string[];
}

/**
 * Story clusters live in PostgreSQL so that they survive restarts and are shared by every
 * classifier instance. Two copies of a wire story classified at the same moment by two instances
 * must still land in one story: assignment takes a transaction-scoped advisory lock per LSH band
 * key, so articles that could be candidates of each other (they share a band) are serialised while
 * unrelated stories proceed in parallel. Locks are taken in sorted order, so they cannot deadlock.
 */
@Injectable()
export class StoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async assign(articleId: string, fingerprint: StoryFingerprint): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT pg_advisory_xact_lock(hashtext('newsflow-story'), band) FROM
           (SELECT DISTINCT hashtext(key) AS band FROM unnest($1::text[]) AS key ORDER BY band) AS bands`,
        [fingerprint.bandKeys],
      );
      const known: { story_id: string }[] = await manager.query(
        'SELECT story_id FROM story_fingerprints WHERE article_id = $1',
        [articleId],
      );
      if (known.length > 0) return known[0].story_id;

      const rows: CandidateRow[] = await manager.query(
        `SELECT DISTINCT ON (story_id) story_id, minhash::text[] AS minhash FROM story_fingerprints
         WHERE band_keys && $1::text[]
         ORDER BY story_id, created_at, article_id
         LIMIT $2`,
        [fingerprint.bandKeys, CANDIDATE_LIMIT],
      );
      const candidates = rows.map((row) => ({
        storyId: row.story_id,
        fingerprint: { minhash: row.minhash.map(Number), bandKeys: [] },
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
