import { labelFacets } from './labelled-facets';

const facets = {
  languages: [{ value: 'uk', count: 2 }],
  countries: [
    { value: 'KZ', count: 2 },
    { value: 'XK', count: 1 },
  ],
  topics: [
    { value: 'medtop:11000000', count: 2 },
    { value: 'medtop:99999999', count: 1 },
  ],
  people: [{ value: 'Айбек Смадіяров', count: 1 }],
  organisations: [],
  organisationCategories: [{ value: 'news-agency', count: 1 }],
  sources: [{ value: 'ukrinform', count: 2 }],
  published: [{ value: 'day' as const, from: '2026-11-30T00:00:00.000Z', count: 1 }],
};

describe('labelFacets', () => {
  it('names languages, countries and topics in Ukrainian', () => {
    const labelled = labelFacets(facets, 'uk');
    expect(labelled.languages[0].label).toBe('українська');
    expect(labelled.countries[0]).toEqual({ value: 'KZ', count: 2, label: 'Казахстан' });
    expect(labelled.topics[0].label).toBe('політика');
    expect(labelled.people[0].label).toBe('Айбек Смадіяров');
  });

  it('names them in English, falling back to the code for what it does not know', () => {
    const labelled = labelFacets(facets, 'en');
    expect(labelled.countries[0].label).toBe('Kazakhstan');
    expect(labelled.topics.map((topic) => topic.label)).toEqual(['politics', 'medtop:99999999']);
  });
});
