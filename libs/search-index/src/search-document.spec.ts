import { classifiedArticleFixture } from '@newsflow/contracts/testing';

import { nameKey } from './name-keys';
import { toSearchDocument } from './search-document';

describe('toSearchDocument', () => {
  it('flattens the facets editors filter on into keyword fields', () => {
    const article = classifiedArticleFixture();
    const document = toSearchDocument(article);
    expect(document).toMatchObject({
      id: article.id,
      version: article.version,
      language: 'en',
      countries: ['GB'],
      subjects: ['medtop:04000000'],
      people: ['Jane Doe'],
      organisations: ['Port Authority'],
      organisation_categories: ['government'],
      story_id: article.classification.storyId,
    });
    expect(document.stems.split(' ')).toEqual(expect.arrayContaining(['harbour', 'reopen', 'monday']));
  });

  it('keys the names of the headline and body for any spelling', () => {
    const base = classifiedArticleFixture();
    const article = classifiedArticleFixture({
      text: { ...base.text, title: 'Заява Коваленка', paragraphs: ['Сьогодні Коваленко приїхав до Одеси.'] },
    });
    const keys = toSearchDocument(article).name_keys.split(' ');
    expect(keys).toEqual(expect.arrayContaining([nameKey('Kowalenko'), nameKey('Odesa')]));
    expect(keys).not.toContain(nameKey('приїхав'));
  });

  it('lists each country once even when several places lie in it', () => {
    const base = classifiedArticleFixture();
    const place = base.classification.places[0];
    const article = classifiedArticleFixture({
      classification: {
        ...base.classification,
        places: [place, { ...place, code: 'city:GB:dover', kind: 'city', name: 'Dover' }],
      },
    });
    expect(toSearchDocument(article).countries).toEqual(['GB']);
    expect(toSearchDocument(article).places).toEqual(['GB', 'city:GB:dover']);
  });
});

describe('available_at', () => {
  const receivedAt = '2026-12-01T10:00:00.000Z';

  it('is the arrival time of an article without an embargo', () => {
    expect(toSearchDocument(classifiedArticleFixture({ receivedAt })).available_at).toBe(receivedAt);
  });

  it('is the end of an embargo that lies after the arrival', () => {
    const embargoedUntil = '2026-12-01T12:30:00+02:00';
    expect(toSearchDocument(classifiedArticleFixture({ receivedAt, embargoedUntil })).available_at).toBe(
      '2026-12-01T10:30:00.000Z',
    );
  });

  it('is the arrival time when the embargo had already ended on arrival', () => {
    const embargoedUntil = '2026-12-01T09:00:00.000Z';
    expect(toSearchDocument(classifiedArticleFixture({ receivedAt, embargoedUntil })).available_at).toBe(receivedAt);
  });
});
