import { SEED_ARTICLE } from './__fixtures__/seed-article';
import { classifyArticle } from './classify-article';
import { BANDS, NUM_HASHES } from './fingerprint/minhash';
import { MAX_PEOPLE } from './limits';
import { ArticleToClassify } from './types';

describe('classifyArticle on the seed article', () => {
  const result = classifyArticle(SEED_ARTICLE);

  it('finds Kazakhstan, Ukraine and Russia as countries', () => {
    const countries = result.places.filter((p) => p.kind === 'country').map((p) => p.code);
    expect(countries).toEqual(expect.arrayContaining(['KZ', 'UA', 'RU']));
    expect(countries).toHaveLength(3);
  });

  it('gives each country English name, confidence and evidence', () => {
    const kz = result.places.find((p) => p.code === 'KZ');
    expect(kz).toMatchObject({ kind: 'country', name: 'Kazakhstan', countryCode: 'KZ' });
    expect(kz?.confidence).toBeGreaterThan(0.9);
    expect(kz?.evidence).toEqual(expect.arrayContaining(['Казахстан', 'Казахстану']));
  });

  it('finds the occupied regions', () => {
    expect(
      result.places
        .filter((p) => p.kind === 'region')
        .map((p) => p.code)
        .sort(),
    ).toEqual(['UA-23', 'UA-65']);
  });

  it('labels politics first, with international relations and its evidence', () => {
    expect(result.subjects[0]).toMatchObject({ code: 'medtop:11000000', name: 'politics' });
    const relations = result.subjects.find((s) => s.code === 'medtop:20000638');
    expect(relations).toMatchObject({ parent: 'medtop:11000000' });
    expect(relations?.evidence).toEqual(expect.arrayContaining(['МЗС', 'Статуту ООН']));
  });

  it('finds both people in the nominative, with roles and Latin spelling', () => {
    expect(result.people).toEqual([
      expect.objectContaining({
        name: 'Айбек Смадіяров',
        translit: 'Aibek Smadiiarov',
        role: 'речник МЗС',
        mentions: 2,
      }),
      expect.objectContaining({
        name: 'Касим-Жомарт Токаєв',
        translit: 'Kasym-Zhomart Tokaiev',
        role: 'президент',
        mentions: 1,
      }),
    ]);
  });

  it('finds the Kazakh foreign ministry, the UN and both news agencies', () => {
    const byName = new Map(result.organisations.map((o) => [o.name, o]));
    expect(byName.get('Міністерство закордонних справ Казахстану')).toMatchObject({
      abbreviation: 'МЗС Казахстану',
      countryCode: 'KZ',
      mentions: 3,
    });
    expect(byName.get("Організація Об'єднаних Націй")).toMatchObject({ abbreviation: 'ООН' });
    expect(byName.get('Reuters')).toMatchObject({ category: 'news-agency' });
    expect(byName.get('Укрінформ')).toMatchObject({ category: 'news-agency', translit: 'Ukrinform' });
    expect(result.organisations).toHaveLength(4);
  });

  it('returns five to ten keyphrases in the article language', () => {
    expect(result.keywords.length).toBeGreaterThanOrEqual(5);
    expect(result.keywords.length).toBeLessThanOrEqual(10);
    expect(result.keywords).toContain('Казахстан');
  });

  it('fingerprints the body', () => {
    expect(result.fingerprint.minhash).toHaveLength(NUM_HASHES);
    expect(result.fingerprint.bandKeys).toHaveLength(BANDS);
  });
});

describe('classifyArticle on bad input', () => {
  const article = (body: string, language = 'uk'): ArticleToClassify => ({ title: '', body, paragraphs: [], language });

  it('returns an empty result for empty and tiny bodies', () => {
    for (const body of ['', ' ', 'Так.']) {
      expect(classifyArticle(article(body))).toEqual({
        subjects: [],
        places: [],
        people: [],
        organisations: [],
        keywords: [],
        fingerprint: { minhash: [], bandKeys: [] },
      });
    }
  });

  it('survives missing fields from a loosely typed caller', () => {
    const loose = { title: undefined, body: null, paragraphs: undefined, language: 42 } as unknown as ArticleToClassify;
    expect(classifyArticle(loose).subjects).toEqual([]);
  });

  it('gives lower topic confidence for a language without its own lexicon', () => {
    const known = classifyArticle(SEED_ARTICLE).subjects[0].confidence;
    const unknown = classifyArticle({ ...SEED_ARTICLE, language: 'und' }).subjects[0]?.confidence ?? 0;
    expect(unknown).toBeLessThan(known);
    expect(classifyArticle({ ...SEED_ARTICLE, language: 'ka' }).keywords).toEqual([]);
  });

  // Speed is measured by the bench target, not asserted here: this checks that the caps keep output bounded.
  it('keeps output bounded on hostile bodies', () => {
    const hostile = [
      'Україна і Польща домовилися про транзит зерна. '.repeat(22_000),
      Array.from({ length: 100_000 }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}x`).join(' '),
      'а'.repeat(1_000_000),
      'Казахстан '.repeat(200_000),
    ];
    for (const body of hostile) {
      const result = classifyArticle(article(body, 'en'));
      expect(result.people.length).toBeLessThanOrEqual(MAX_PEOPLE);
      expect(result.keywords.length).toBeLessThanOrEqual(10);
    }
  });

  it('finds no people in a wall of capitalised words', () => {
    const body = Array.from({ length: 100_000 }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}x`).join(' ');
    expect(classifyArticle(article(body, 'en')).people).toEqual([]);
  });
});
