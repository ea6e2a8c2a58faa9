import { classifiedArticleFixture } from '../../testing/classified-article.fixture';
import { articleCountryCodes, organisationCategories } from './article-countries';

describe('articleCountryCodes', () => {
  it('lists each country once, sorted, from countries, regions and cities', () => {
    const { classification } = classifiedArticleFixture();
    const place = (code: string, countryCode: string) => ({ ...classification.places[0], code, countryCode });
    const places = [place('UA', 'UA'), place('KZ', 'KZ'), place('UA-65', 'UA')];
    expect(articleCountryCodes({ places })).toEqual(['KZ', 'UA']);
  });
});

describe('organisationCategories', () => {
  it('lists each category once, sorted, skipping organisations without one', () => {
    const [organisation] = classifiedArticleFixture().classification.organisations;
    const organisations = [
      { ...organisation, category: 'news-agency' as const },
      { ...organisation, category: undefined },
      { ...organisation, category: 'government' as const },
      { ...organisation, category: 'news-agency' as const },
    ];
    expect(organisationCategories({ organisations })).toEqual(['government', 'news-agency']);
  });
});
