import { LexiconMatcher } from './lexicon-matcher';
import { tokenize } from './tokenize';

describe('LexiconMatcher', () => {
  const matcher = new LexiconMatcher<string>();
  matcher.add({ words: [{ stem: 'україн', inflection: 'noun' }], value: 'UA', capitalised: true });
  matcher.add({
    words: [
      { stem: 'південн', inflection: 'adj' },
      { stem: 'коре', inflection: 'noun' },
    ],
    value: 'KR',
    capitalised: true,
  });
  matcher.add({ words: [{ stem: 'РФ', inflection: 'cased' }], value: 'RU', capitalised: false });
  matcher.add({ words: [{ stem: 'вибор', inflection: 'prefix' }], value: 'election', capitalised: false });

  const values = (text: string) => matcher.matchAll(tokenize(text)).map((m) => m.value);

  it('matches stems with case endings only', () => {
    expect(values('України Україною Українапп')).toEqual(['UA', 'UA']);
  });

  it('matches multi-word names in oblique cases and keeps the surface', () => {
    const [match] = matcher.matchAll(tokenize('посол Південної Кореї заявив'));
    expect(match).toMatchObject({ value: 'KR', surface: 'Південної Кореї' });
  });

  it('requires capitals for names and exact case for abbreviations', () => {
    expect(values('україна рф РФ')).toEqual(['RU']);
  });

  it('lets topic stems absorb derivational suffixes', () => {
    expect(values('виборчий виборців')).toEqual(['election', 'election']);
  });
});
