import type { StoryRepository } from '@newsflow/article-store';
import { ClassifiedArticleSchema } from '@newsflow/contracts';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';

import { ClassifyArticles } from './classify-article';

const { classification: _classification, ...normalised } = classifiedArticleFixture({
  text: {
    ...classifiedArticleFixture().text,
    title: 'Kazakhstan rejects the referendums',
    body: 'The foreign ministry of Kazakhstan said on Monday that it would not recognise the referendums held in occupied Ukraine, Reuters reported.',
    paragraphs: [
      'The foreign ministry of Kazakhstan said on Monday that it would not recognise the referendums held in occupied Ukraine, Reuters reported.',
    ],
  },
});

describe('ClassifyArticles', () => {
  it('classifies each article with the story the repository assigns', async () => {
    const stories = { assign: async (articleId: string) => `story-of-${articleId}` } as unknown as StoryRepository;
    const [result] = await new ClassifyArticles(stories).execute([{ article: normalised }]);
    if (result.status !== 'fulfilled') throw result.reason;
    expect(ClassifiedArticleSchema.safeParse(result.value).success).toBe(true);
    expect(result.value.classification.storyId).toBe(`story-of-${normalised.id}`);
    expect(result.value.classification.places.map((place) => place.countryCode)).toEqual(
      expect.arrayContaining(['KZ', 'UA']),
    );
  });

  it('settles a failed story assignment for that article only', async () => {
    const down = new Error('connect ECONNREFUSED');
    const stories = {
      assign: async (articleId: string) => {
        if (articleId === 'a'.repeat(32)) throw down;
        return articleId;
      },
    } as unknown as StoryRepository;
    const results = await new ClassifyArticles(stories).execute([
      { article: { ...normalised, id: 'a'.repeat(32) } },
      { article: normalised },
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect(results[0]).toMatchObject({ reason: down });
  });
});
