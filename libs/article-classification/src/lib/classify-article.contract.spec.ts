import { ClassificationSchema } from '@newsflow/contracts';

import { SEED_ARTICLE } from './__fixtures__/seed-article';
import { classifyArticle } from './classify-article';
import { ArticleToClassify } from './types';

const article = (language: string, paragraphs: string[]): ArticleToClassify => ({
  title: paragraphs[0],
  paragraphs: paragraphs.slice(1),
  body: paragraphs.slice(1).join('\n\n'),
  language,
});

/** Articles that between them make every detector produce every optional field it can. */
const ARTICLES: Record<string, ArticleToClassify> = {
  seed: SEED_ARTICLE,
  en: article('en', [
    'Port of Rotterdam reopens after storm',
    'The Russian Foreign Ministry said on Monday that talks with the European Union would resume, Reuters reported.',
    'Researchers at the European Research Council said the storm had cost the Port of Rotterdam Authority millions.',
    '"We are ready," said Maria Jansen, the harbour master, adding that ships would sail from Rotterdam on Tuesday.',
  ]),
};

/**
 * The classifier's output goes into the classified-article event as it is. The contract's objects are strict, so a
 * field a detector adds without the contract fails here instead of being dropped by the publisher's parse.
 */
describe('classifyArticle output against the classified-article contract', () => {
  it.each(Object.keys(ARTICLES))('%s: every field is one the contract knows', (name) => {
    const { fingerprint, ...classification } = classifyArticle(ARTICLES[name]);
    expect(fingerprint.minhash.length).toBeGreaterThan(0);
    const parsed = ClassificationSchema.safeParse({ ...classification, storyId: 'story-1' });
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('carries organisation category and country through the contract', () => {
    const { fingerprint: _, ...classification } = classifyArticle(ARTICLES.en);
    const parsed = ClassificationSchema.parse({ ...classification, storyId: 'story-1' });
    expect(parsed.organisations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ countryCode: 'RU', category: 'government' }),
        expect.objectContaining({ name: 'Reuters', category: 'news-agency' }),
      ]),
    );
  });

  it('rejects a field the contract lacks', () => {
    const { fingerprint: _, ...classification } = classifyArticle(SEED_ARTICLE);
    const organisations = classification.organisations.map((o) => ({ ...o, sentiment: 0.5 }));
    const parsed = ClassificationSchema.safeParse({ ...classification, organisations, storyId: 'story-1' });
    expect(parsed.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['sentiment'] });
  });
});
