import { analyseSearchQuery, documentSearchTerms } from './terms';

describe('search terms', () => {
  const doc = documentSearchTerms([
    { text: 'Позиція Токаєва щодо референдумів не змінилася, — сказав Смадіяров.', language: 'uk' },
  ]);

  it('lets a query in the nominative find inflected document forms through stems', () => {
    const docStems = new Set(doc.stems.split(' '));
    expect(analyseSearchQuery('Токаєв').stems.some((stem) => docStems.has(stem))).toBe(true);
    expect(analyseSearchQuery('референдум').stems.some((stem) => docStems.has(stem))).toBe(true);
  });

  it('lets a Latin query find the Cyrillic article through transliteration', () => {
    const docLatin = new Set(doc.translit.split(' '));
    for (const query of ['Tokaiev', 'Smadiiarov']) {
      expect(analyseSearchQuery(query).translit.some((form) => docLatin.has(form))).toBe(true);
    }
  });

  it('analyses the apostrophe variants identically', () => {
    expect(analyseSearchQuery("м'ясо")).toEqual(analyseSearchQuery('м’ясо'));
  });

  it('stems Latin queries for every Latin-script stemmer and folds diacritics', () => {
    const { stems, translit } = analyseSearchQuery('Abstimmungen Łódź');
    expect(stems).toEqual(expect.arrayContaining(['abstimm', 'łódź']));
    expect(translit).toEqual(expect.arrayContaining(['abstimmungen', 'lodz']));
  });

  it('returns nothing for a query with no words', () => {
    expect(analyseSearchQuery(' — !? ')).toEqual({ stems: [], translit: [] });
  });
});
