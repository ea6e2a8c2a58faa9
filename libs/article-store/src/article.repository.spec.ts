import { classifiedArticleFixture } from '@newsflow/contracts/testing';

import { countryCodes } from './article.repository';

describe('countryCodes', () => {
  it('lists each country once, sorted, from countries, regions and cities', () => {
    const base = classifiedArticleFixture();
    const place = (code: string, countryCode: string) => ({ ...base.classification.places[0], code, countryCode });
    const article = classifiedArticleFixture({
      classification: { ...base.classification, places: [place('UA', 'UA'), place('KZ', 'KZ'), place('UA-65', 'UA')] },
    });
    expect(countryCodes(article)).toEqual(['KZ', 'UA']);
  });
});
