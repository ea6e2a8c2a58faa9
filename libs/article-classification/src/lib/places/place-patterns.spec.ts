import { nameToPattern, splitDatasetName } from './place-patterns';

describe('nameToPattern', () => {
  it('drops the final vowel of inflecting names', () => {
    expect(nameToPattern('Україна', 'plain')).toEqual([{ stem: 'україн', inflection: 'name' }]);
    expect(nameToPattern('Rosja', 'inflecting')).toEqual([{ stem: 'rosj', inflection: 'name' }]);
    expect(nameToPattern('Європейський Союз', 'plain').map((w) => w.stem)).toEqual(['європейськ', 'союз']);
    expect(nameToPattern('Deutscher Wetterdienst', 'plain').map((w) => w.stem)).toEqual(['deutsch', 'wetterdienst']);
  });

  it('keeps non-inflecting names and function words whole', () => {
    expect(nameToPattern('United States of America', 'plain').map((w) => w.inflection)).toEqual([
      'name',
      'name',
      'exact',
      'name',
    ]);
  });

  it('refuses short stems', () => {
    expect(nameToPattern('Куба', 'plain')).toEqual([{ stem: 'куба', inflection: 'exact' }]);
  });
});

describe('splitDatasetName', () => {
  it('splits inverted and parenthesised names', () => {
    expect(splitDatasetName('Moldova, Republic of')).toEqual([{ name: 'Moldova', aside: false }]);
    expect(splitDatasetName('КНДР (Корейская Республика)')).toEqual([
      { name: 'КНДР', aside: false },
      { name: 'Корейская Республика', aside: true },
    ]);
  });
});
