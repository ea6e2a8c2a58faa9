import type { StoryRepository } from '@newsflow/article-store';
import { ClassifiedArticleSchema } from '@newsflow/contracts';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';

import { ClassifyArticles } from './classify-article';

const { classification: _classification, ...normalised } = classifiedArticleFixture({
  text: {
    ...classifiedArticleFixture().text,
    title: 'Kazakhstan rejects the referendums',
    paragraphs: [
      'The foreign ministry of Kazakhstan said on Monday that it would not recognise the referendums held in occupied Ukraine, Reuters reported.',
    ],
  },
});

describe('ClassifyArticles', () => {
  it('classifies each article with the story the repository assigns, at the configured revision', async () => {
    const stories = {
      assignMany: async (items: { articleId: string }[]) =>
        items.map(({ articleId }) => ({ articleId, storyId: `story-of-${articleId}` })),
    } as unknown as StoryRepository;
    const [result] = await new ClassifyArticles(stories, 3).execute([{ article: normalised }]);
    if (result.status !== 'fulfilled') throw result.reason;
    expect(ClassifiedArticleSchema.safeParse(result.value).success).toBe(true);
    expect(result.value.classification.storyId).toBe(`story-of-${normalised.id}`);
    expect(result.value.classification.revision).toBe(3);
    expect(result.value.classification.places.map((place) => place.countryCode)).toEqual(
      expect.arrayContaining(['KZ', 'UA']),
    );
  });

  it('assigns the batch in one call, in order, and fails every article of it when that call fails', async () => {
    const calls: string[][] = [];
    const down = new Error('connect ECONNREFUSED');
    const stories = {
      assignMany: async (items: { articleId: string }[]) => {
        calls.push(items.map((item) => item.articleId));
        throw down;
      },
    } as unknown as StoryRepository;
    const results = await new ClassifyArticles(stories, 1).execute([
      { article: { ...normalised, id: 'a'.repeat(32) } },
      { article: normalised },
    ]);
    expect(calls).toEqual([['a'.repeat(32), normalised.id]]);
    expect(results).toEqual([
      { status: 'rejected', reason: down },
      { status: 'rejected', reason: down },
    ]);
  });
});
