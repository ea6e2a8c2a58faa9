import { ClassifiedArticleSchema } from '@newsflow/contracts';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';

import { NinjsSchema } from './ninjs.schema';
import { renderNinjs } from './render-ninjs';

describe('renderNinjs', () => {
  const article = classifiedArticleFixture();

  it('uses a contract-valid fixture', () => {
    expect(ClassifiedArticleSchema.safeParse(article).success).toBe(true);
  });

  it('renders strict ninjs 2.1 once the newsflow extension is set aside', () => {
    const { newsflow, ...ninjs } = renderNinjs(article);
    const parsed = NinjsSchema.safeParse(ninjs);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(newsflow.storyId).toBe(article.classification.storyId);
  });

  it('maps headline, body, language, subjects and places to their ninjs roles', () => {
    const ninjs = renderNinjs(article);
    expect(ninjs.headlines).toEqual([{ role: 'main', contenttype: 'text/plain', value: 'Harbour reopens' }]);
    expect(ninjs.bodies?.[0]).toMatchObject({ role: 'text', value: 'The harbour reopened on Monday.', wordcount: 5 });
    expect(ninjs.language).toBe('en');
    expect(ninjs.subjects?.[0]).toMatchObject({
      uri: 'http://cv.iptc.org/newscodes/mediatopic/04000000',
      confidence: 80,
    });
    expect(ninjs.places).toEqual([{ name: 'United Kingdom', rel: 'country', literal: 'GB' }]);
    expect(ninjs.uri).toBe(`urn:newsflow:article:${article.id}`);
  });

  it("keeps each organisation's category and country in the newsflow extension", () => {
    const [organisation] = renderNinjs(article).newsflow.organisations;
    expect(organisation).toMatchObject({ name: 'Port Authority', countryCode: 'GB', category: 'government' });
    const { countryCode: _, category: __, ...bare } = article.classification.organisations[0];
    const older = classifiedArticleFixture({ classification: { ...article.classification, organisations: [bare] } });
    expect(renderNinjs(older).newsflow.organisations[0]).toMatchObject({ countryCode: null, category: null });
  });

  it("shows the sender's subjects, places and language beside ours, marked as the sender's", () => {
    const tagged = classifiedArticleFixture({
      original: {
        ...article.original,
        language: 'en',
        subjects: [
          { name: 'politics', code: 'medtop:11000000', uri: 'http://cv.iptc.org/newscodes/mediatopic/11000000' },
        ],
        places: [{ name: 'Dover', code: 'geo:dover', uri: 'not a uri' }],
      },
    });
    const { newsflow, ...ninjs } = renderNinjs(tagged);
    expect(NinjsSchema.safeParse(ninjs).error?.issues ?? []).toEqual([]);
    expect(ninjs.subjects?.at(-1)).toEqual({
      name: 'politics',
      uri: 'http://cv.iptc.org/newscodes/mediatopic/11000000',
      literal: 'medtop:11000000',
      creator: 'sender',
    });
    expect(ninjs.subjects?.[0].creator).toBe('newsflow-classifier');
    expect(ninjs.places).toContainEqual({ name: 'Dover', literal: 'geo:dover', rel: 'sender' });
    expect(newsflow.sender).toEqual({
      language: 'en',
      subjects: tagged.original.subjects,
      places: tagged.original.places,
    });
  });

  it('shows a withdrawn article as canceled and an embargo as ninjs embargoed', () => {
    expect(renderNinjs(article).pubstatus).toBe('usable');
    expect(renderNinjs(article)).not.toHaveProperty('embargoed');
    const killed = renderNinjs({ ...article, pubStatus: 'withdrawn', embargoedUntil: '2026-12-01T18:00:00.000Z' });
    expect(killed).toMatchObject({ pubstatus: 'canceled', embargoed: '2026-12-01T18:00:00.000Z' });
    const { newsflow: _, ...ninjs } = killed;
    expect(NinjsSchema.safeParse(ninjs).success).toBe(true);
  });

  it('omits the language when it is undetermined', () => {
    const undetermined = classifiedArticleFixture({
      text: { ...article.text, language: { code: 'und', confidence: 0.2 } },
    });
    expect(renderNinjs(undetermined).language).toBeUndefined();
  });

  it('rejects a document with an unknown top-level property, as ninjs does', () => {
    expect(NinjsSchema.safeParse({ uri: 'urn:x:1', colour: 'red' }).success).toBe(false);
  });
});
