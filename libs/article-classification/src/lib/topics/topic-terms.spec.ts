import { tokenize } from '../text/tokenize';
import { TOPICS_BY_CODE } from './iptc';
import { buildTopicMatcher, parseWord, TERMS_BY_LANGUAGE } from './topic-terms';

describe('parseWord', () => {
  it('reads the term syntax', () => {
    expect(parseWord('вибор*')).toEqual({ stem: 'вибор', inflection: 'prefix' });
    expect(parseWord('parti=')).toEqual({ stem: 'parti', inflection: 'exact' });
    expect(parseWord('ЦВК')).toEqual({ stem: 'ЦВК', inflection: 'cased' });
    expect(parseWord('Суд')).toEqual({ stem: 'суд', inflection: 'noun' });
  });
});

describe('topic term lists', () => {
  it('only use known IPTC codes', () => {
    for (const terms of Object.values(TERMS_BY_LANGUAGE)) {
      for (const code of Object.keys(terms)) expect(TOPICS_BY_CODE.has(code)).toBe(true);
    }
  });

  it('match phrases across inflection', () => {
    const matches = buildTopicMatcher(['uk']).matchAll(tokenize('оголосили про припинення вогню'));
    expect(matches.map((m) => m.value.topic)).toEqual(['medtop:20000073']);
  });
});
