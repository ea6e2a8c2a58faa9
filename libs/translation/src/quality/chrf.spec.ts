import { corpusChrF } from './chrf';

describe('corpusChrF', () => {
  it('is 100 for a perfect translation and 0 for one sharing no character', () => {
    expect(corpusChrF(['The law passed.'], ['The law passed.'])).toBeCloseTo(100);
    expect(corpusChrF(['xyz'], ['abc'])).toBe(0);
  });

  it('ignores whitespace and rewards recall more than precision', () => {
    expect(corpusChrF(['Thelaw passed.'], ['The law passed.'])).toBeCloseTo(100);
    const short = corpusChrF(['The law'], ['The law passed today.']);
    const long = corpusChrF(['The law passed today, said the minister at length.'], ['The law passed today.']);
    expect(long).toBeGreaterThan(short);
  });

  it('matches a value worked by hand', () => {
    // "ab" vs "ac": 1-grams P=R=1/2, 2-grams P=R=0; averaged P=R=1/4, so F2 = 25.
    expect(corpusChrF(['ab'], ['ac'])).toBeCloseTo(25);
  });
});
