import '../support/stack-env';

import { classifyArticle } from '@newsflow/article-classification';
import { runArticleMigrations, type StoryAssignmentRequest, StoryRepository } from '@newsflow/article-store';
import type { DataSource } from 'typeorm';

import { recreateScratchDatabase, scratchDataSource } from '../support/scratch-database';

/** Four paragraphs of made-up words, distinct for each story number. */
function storyParagraphs(story: number): string[] {
  return Array.from({ length: 4 }, (_, paragraph) =>
    Array.from({ length: 50 }, (_, word) => `w${story}x${(word * 7 + paragraph * 13) % 97}p${paragraph}`).join(' '),
  );
}

function article(articleId: string, paragraphs: string[]): StoryAssignmentRequest {
  const { fingerprint } = classifyArticle({ title: '', body: paragraphs.join('\n\n'), paragraphs, language: 'en' });
  return { articleId, fingerprint };
}

/** The original of a story and a republished copy with its last paragraph rewritten. */
function storyWithCopy(story: number): [StoryAssignmentRequest, StoryAssignmentRequest] {
  const paragraphs = storyParagraphs(story);
  const copy = [...paragraphs.slice(0, 3), storyParagraphs(story + 10_000)[3]];
  return [article(`story-${story}`, paragraphs), article(`story-${story}-copy`, copy)];
}

describe('StoryRepository on PostgreSQL', () => {
  let first: DataSource;
  let second: DataSource;

  beforeAll(async () => {
    await recreateScratchDatabase();
    first = await scratchDataSource();
    await runArticleMigrations(first);
    second = await scratchDataSource();
  });

  afterAll(async () => {
    await first?.destroy();
    await second?.destroy();
  });

  it('puts copies in one batch into one story and distinct stories apart', async () => {
    const [a, aCopy] = storyWithCopy(1);
    const [b] = storyWithCopy(2);
    const assigned = await new StoryRepository(first).assignMany([a, b, aCopy]);
    expect(assigned).toEqual([
      { articleId: a.articleId, storyId: a.articleId },
      { articleId: b.articleId, storyId: b.articleId },
      { articleId: aCopy.articleId, storyId: a.articleId },
    ]);
  });

  it('keeps the story of a redelivered article and joins a later copy to the stored story', async () => {
    const [a, aCopy] = storyWithCopy(3);
    const stories = new StoryRepository(first);
    const [{ storyId }] = await stories.assignMany([a]);
    expect(await stories.assignMany([a])).toEqual([{ articleId: a.articleId, storyId }]);
    expect(await new StoryRepository(second).assignMany([aCopy])).toEqual([{ articleId: aCopy.articleId, storyId }]);
  });

  it('two connections assigning copies at the same moment agree on one story, without deadlock', async () => {
    const stories = Array.from({ length: 12 }, (_, n) => storyWithCopy(100 + n));
    // Opposite orders, so that without sorted locks the two transactions would wait on each other.
    const batchA = stories.map(([original, copy], n) => (n % 2 ? copy : original));
    const batchB = stories.map(([original, copy], n) => (n % 2 ? original : copy)).reverse();
    const [fromA, fromB] = await Promise.all([
      new StoryRepository(first).assignMany(batchA),
      new StoryRepository(second).assignMany(batchB),
    ]);
    const storyOf = new Map([...fromA, ...fromB].map(({ articleId, storyId }) => [articleId, storyId]));
    for (const [original, copy] of stories) {
      expect(storyOf.get(copy.articleId)).toBe(storyOf.get(original.articleId));
    }
    expect(new Set(storyOf.values()).size).toBe(stories.length);

    const singles = await Promise.all(
      Array.from({ length: 8 }, (_, n) => storyWithCopy(200 + n)).flatMap(([original, copy]) => [
        new StoryRepository(first).assignMany([original]),
        new StoryRepository(second).assignMany([copy]),
      ]),
    );
    for (let pair = 0; pair < singles.length; pair += 2) {
      expect(singles[pair + 1][0].storyId).toBe(singles[pair][0].storyId);
    }
  });

  it('records one representative per story with its band keys', async () => {
    const [a, aCopy] = storyWithCopy(300);
    await new StoryRepository(first).assignMany([a, aCopy]);
    const rows = await first.query(
      `SELECT story.article_id, count(band.band_key)::int AS band_keys FROM stories story
       JOIN story_band_keys band USING (story_id) WHERE story.story_id = $1 GROUP BY story.article_id`,
      [a.articleId],
    );
    expect(rows).toEqual([{ article_id: a.articleId, band_keys: a.fingerprint.bandKeys.length }]);
    expect(a.fingerprint.bandKeys.length).toBeGreaterThan(0);
  });
});
