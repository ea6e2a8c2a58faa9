import type { StoryRepository } from '@newsflow/article-store';
import { ClassifiedArticleSchema, type NormalisedArticle } from '@newsflow/contracts';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';
import type { ConsumedEvent, EventPublisher } from '@newsflow/messaging';

import { ClassifyArticle } from './classify-article';

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

describe('ClassifyArticle', () => {
  it('publishes a contract-valid classification with the story the repository assigns', async () => {
    const published: unknown[] = [];
    const publisher = {
      publish: async (_c: unknown, outgoing: { payload: unknown }) => void published.push(outgoing.payload),
    } as unknown as EventPublisher;
    const stories = { assign: async (articleId: string) => `story-of-${articleId}` } as unknown as StoryRepository;
    const classified = await new ClassifyArticle(publisher, stories).execute({
      payload: normalised,
    } as ConsumedEvent<NormalisedArticle>);
    expect(ClassifiedArticleSchema.safeParse(classified).success).toBe(true);
    expect(classified.classification.storyId).toBe(`story-of-${normalised.id}`);
    expect(classified.classification.places.map((place) => place.countryCode)).toEqual(
      expect.arrayContaining(['KZ', 'UA']),
    );
    expect(published).toEqual([classified]);
  });
});
