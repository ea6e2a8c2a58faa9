import type { ClassifiedArticle } from '../events/classified-article/classified-article.schema';

/** A complete, contract-valid article for unit tests of the stages that consume one. */
export function classifiedArticleFixture(overrides: Partial<ClassifiedArticle> = {}): ClassifiedArticle {
  return {
    id: '0123456789abcdef0123456789abcdef',
    version: 1_700_000_000_000,
    source: 'wire',
    url: 'https://example.com/news/1',
    guid: 'wire-1',
    receivedAt: '2024-05-01T10:00:00.000Z',
    publishedAt: '2024-05-01T09:30:00.000Z',
    original: { title: 'Harbour reopens', language: null },
    text: {
      title: 'Harbour reopens',
      byline: null,
      publishedAt: null,
      modifiedAt: null,
      canonicalUrl: null,
      leadImage: null,
      paragraphs: ['The harbour reopened on Monday.'],
      language: { code: 'en', confidence: 0.97 },
      passages: [{ paragraph: 0, language: 'en', confidence: 0.97 }],
      stats: { characters: 31, words: 5, sentences: 1, readingTimeMinutes: 0.03 },
      extraction: { method: 'plain', confidence: 1, removed: {} },
      flags: [],
    },
    classification: {
      subjects: [
        { code: 'medtop:04000000', name: 'economy, business and finance', confidence: 0.8, evidence: ['harbour'] },
      ],
      places: [
        {
          code: 'GB',
          kind: 'country',
          name: 'United Kingdom',
          countryCode: 'GB',
          confidence: 0.9,
          evidence: ['Dover'],
        },
      ],
      people: [{ name: 'Jane Doe', translit: 'Jane Doe', role: 'mayor', mentions: 2, confidence: 0.8 }],
      organisations: [
        {
          name: 'Port Authority',
          abbreviation: 'PA',
          translit: 'Port Authority',
          mentions: 1,
          confidence: 0.7,
          countryCode: 'GB',
          category: 'government',
        },
      ],
      keywords: ['harbour', 'reopening'],
      storyId: '0123456789abcdef0123456789abcdef',
    },
    ...overrides,
  };
}
