import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AssignmentQueue } from './assignment-queue';
import {
  assignStories,
  type NewStoryFingerprint,
  type StoryAssignment,
  type StoryAssignmentRequest,
  StoryCandidates,
} from './story-candidates';

/**
 * Band keys are locked in buckets: a classifier batch locks the union of its articles' keys, and
 * PostgreSQL's shared lock table (max_locks_per_transaction × connections) must hold them all, so a
 * transaction never takes more than this many advisory locks whatever the batch size.
 */
const LOCK_BUCKETS = 1024;

/** Bounds one assignment transaction when many batches wait at once (a backlog on every partition). */
const MAX_ARTICLES_PER_ASSIGNMENT = 500;

/**
 * Without statistics the planner estimates each key of `band_key = ANY($1)` to match 0.5% of the
 * rows, so a batch's thousand keys look like the whole table and it would scan every row; every
 * statement of the assignment is an index lookup, so table scans are ruled out for its transaction.
 */
export const AVOID_TABLE_SCANS = 'SET LOCAL enable_seqscan = off';

const RECORD_ASSIGNMENTS = `
  WITH assigned AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb)
      AS assigned(article_id text, story_id text, minhash bigint[], band_keys text[], opens_story boolean)
  ), fingerprints AS (
    INSERT INTO story_fingerprints (article_id, story_id, minhash, band_keys)
    SELECT article_id, story_id, minhash, band_keys FROM assigned
    ON CONFLICT (article_id) DO NOTHING
  ), opened AS (
    INSERT INTO stories (story_id, article_id, minhash)
    SELECT story_id, article_id, minhash FROM assigned WHERE opens_story
    ON CONFLICT (story_id) DO NOTHING
  )
  INSERT INTO story_band_keys (band_key, story_id)
  SELECT DISTINCT unnest(band_keys), story_id FROM assigned WHERE opens_story
  ON CONFLICT DO NOTHING`;

/**
 * Story clusters live in PostgreSQL so that they survive restarts and are shared by every
 * classifier instance. Two copies of a wire story classified at the same moment by two instances
 * must still land in one story: assignment takes transaction-scoped advisory locks on the band keys
 * (bucketed), so articles that could be candidates of each other (they share a band) are serialised
 * while unrelated stories mostly proceed in parallel. Locks are taken in sorted order, so they
 * cannot deadlock.
 *
 * Every lookup is a btree equality (`= ANY`) on a few rows, so the cost per article stays flat as
 * the archive grows, with or without table statistics.
 */
@Injectable()
export class StoryRepository {
  private readonly queue = new AssignmentQueue(
    (items: StoryAssignmentRequest[]) => this.assignInOneTransaction(items),
    MAX_ARTICLES_PER_ASSIGNMENT,
  );

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The story of each article, in the order given; one transaction for the whole batch, shared with
   * the batches of other partitions that arrive while an assignment runs.
   */
  async assignMany(items: StoryAssignmentRequest[]): Promise<StoryAssignment[]> {
    if (items.length === 0) return [];
    return this.queue.enqueue(items);
  }

  private assignInOneTransaction(items: StoryAssignmentRequest[]): Promise<StoryAssignment[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(AVOID_TABLE_SCANS);
      const bandKeys = [...new Set(items.flatMap((item) => item.fingerprint.bandKeys))];
      await manager.query(
        `SELECT pg_advisory_xact_lock(hashtext('newsflow-story'), bucket) FROM
           (SELECT DISTINCT hashtext(key) & $2 AS bucket FROM unnest($1::text[]) AS key ORDER BY bucket) AS buckets`,
        [bandKeys, LOCK_BUCKETS - 1],
      );
      const known = await this.knownStories(
        manager,
        items.map((item) => item.articleId),
      );
      const candidates = await this.storedCandidates(manager, items, bandKeys);
      const { assignments, fingerprints } = assignStories(items, known, candidates);
      if (fingerprints.length > 0) await manager.query(RECORD_ASSIGNMENTS, [assignmentRows(fingerprints)]);
      return assignments;
    });
  }

  private async knownStories(manager: EntityManager, articleIds: string[]): Promise<Map<string, string>> {
    const rows: { article_id: string; story_id: string }[] = await manager.query(
      'SELECT article_id, story_id FROM story_fingerprints WHERE article_id = ANY($1::text[])',
      [articleIds],
    );
    return new Map(rows.map((row) => [row.article_id, row.story_id]));
  }

  private async storedCandidates(
    manager: EntityManager,
    items: StoryAssignmentRequest[],
    bandKeys: string[],
  ): Promise<StoryCandidates> {
    const bands: { band_key: string; story_id: string }[] = await manager.query(
      'SELECT band_key, story_id FROM story_band_keys WHERE band_key = ANY($1::text[])',
      [bandKeys],
    );
    const candidates = new StoryCandidates(bands.map((row) => ({ bandKey: row.band_key, storyId: row.story_id })));
    const ranked = [...new Set(items.flatMap((item) => candidates.rank(item.fingerprint)))];
    if (ranked.length === 0) return candidates;
    const stories: { story_id: string; minhash: string[] }[] = await manager.query(
      'SELECT story_id, minhash::text[] AS minhash FROM stories WHERE story_id = ANY($1::text[])',
      [ranked],
    );
    candidates.addMinhashes(stories.map((row) => ({ storyId: row.story_id, minhash: row.minhash.map(Number) })));
    return candidates;
  }
}

function assignmentRows(fingerprints: NewStoryFingerprint[]): string {
  return JSON.stringify(
    fingerprints.map(({ articleId, storyId, fingerprint, opensStory }) => ({
      article_id: articleId,
      story_id: storyId,
      minhash: fingerprint.minhash,
      band_keys: fingerprint.bandKeys,
      opens_story: opensStory,
    })),
  );
}
