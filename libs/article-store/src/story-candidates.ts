import { chooseStory, type StoryFingerprint } from '@newsflow/article-classification';

/**
 * A story is compared through its representative (first article) only, so a flood of copies of one
 * wire story costs one comparison, not one per copy; and only through the stories that share the
 * most band keys with the article, so a band key common to many stories cannot flood the lookup.
 */
export const CANDIDATE_LIMIT = 20;

export interface StoryBandKey {
  bandKey: string;
  storyId: string;
}

/**
 * The candidate stories of a batch of articles: the stored stories sharing a band key with any of
 * them, plus the stories the batch itself opens, so that copies inside one batch join one story.
 */
export class StoryCandidates {
  private readonly storiesByBand = new Map<string, Set<string>>();
  private readonly minhashes = new Map<string, number[]>();

  constructor(stored: StoryBandKey[]) {
    for (const { bandKey, storyId } of stored) this.link(bandKey, storyId);
  }

  /** Stories sharing a band key with the fingerprint, most shared keys first, ties by story id. */
  rank(fingerprint: StoryFingerprint, limit = CANDIDATE_LIMIT): string[] {
    const shared = new Map<string, number>();
    for (const key of fingerprint.bandKeys) {
      for (const storyId of this.storiesByBand.get(key) ?? []) shared.set(storyId, (shared.get(storyId) ?? 0) + 1);
    }
    return [...shared]
      .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, limit)
      .map(([storyId]) => storyId);
  }

  /** Representatives' minhashes, needed only for the stories `rank` names. */
  addMinhashes(rows: { storyId: string; minhash: number[] }[]): void {
    for (const row of rows) this.minhashes.set(row.storyId, row.minhash);
  }

  /** The story the article joins, or null when it opens a new one. */
  choose(fingerprint: StoryFingerprint): string | null {
    const candidates = this.rank(fingerprint).flatMap((storyId) => {
      const minhash = this.minhashes.get(storyId);
      return minhash ? [{ storyId, fingerprint: { minhash, bandKeys: [] } }] : [];
    });
    return chooseStory(fingerprint, candidates)?.storyId ?? null;
  }

  /** Makes a story opened by this batch a candidate for the articles after it. */
  open(storyId: string, fingerprint: StoryFingerprint): void {
    this.minhashes.set(storyId, fingerprint.minhash);
    for (const key of fingerprint.bandKeys) this.link(key, storyId);
  }

  private link(bandKey: string, storyId: string): void {
    const stories = this.storiesByBand.get(bandKey);
    if (stories) stories.add(storyId);
    else this.storiesByBand.set(bandKey, new Set([storyId]));
  }
}

export interface StoryAssignmentRequest {
  articleId: string;
  fingerprint: StoryFingerprint;
}

export interface StoryAssignment {
  articleId: string;
  storyId: string;
}

export interface NewStoryFingerprint extends StoryAssignment {
  fingerprint: StoryFingerprint;
  /** The article is the first of its story, so it represents the story from now on. */
  opensStory: boolean;
}

/**
 * Assigns a batch in order, so that a copy later in the batch joins the story an earlier article
 * opened. An article assigned before (a redelivery, or a second revision in the batch) keeps its story.
 */
export function assignStories(
  items: StoryAssignmentRequest[],
  known: Map<string, string>,
  candidates: StoryCandidates,
): { assignments: StoryAssignment[]; fingerprints: NewStoryFingerprint[] } {
  const assigned = new Map(known);
  const fingerprints: NewStoryFingerprint[] = [];
  const assignments = items.map(({ articleId, fingerprint }) => {
    let storyId = assigned.get(articleId);
    if (storyId === undefined) {
      const joined = candidates.choose(fingerprint);
      storyId = joined ?? articleId;
      if (joined === null) candidates.open(storyId, fingerprint);
      assigned.set(articleId, storyId);
      fingerprints.push({ articleId, storyId, fingerprint, opensStory: joined === null });
    }
    return { articleId, storyId };
  });
  return { assignments, fingerprints };
}
