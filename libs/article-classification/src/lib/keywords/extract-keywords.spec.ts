import { tokenize } from '../text/tokenize';
import { extractKeywords } from './extract-keywords';

const keywords = (text: string, language: string) => extractKeywords(tokenize(text), text, language, 1);

describe('extractKeywords', () => {
  const article = [
    'Central bank raises interest rates again',
    'The central bank raised interest rates for the third time this year, citing stubborn inflation in services.',
    'Interest rates now stand at their highest level since 2008, and economists expect inflation to ease slowly.',
    'Mortgage holders will feel the higher interest rates first, the central bank governor warned.',
  ].join('\n\n');

  it('returns recurring phrases first, between five and ten', () => {
    const result = keywords(article, 'en');
    expect(result.slice(0, 2)).toEqual(expect.arrayContaining(['interest rates', 'central bank']));
    expect(result.length).toBeGreaterThanOrEqual(5);
    expect(result.length).toBeLessThanOrEqual(10);
  });

  it('groups case forms and keeps noun phrases apart from verbs in Ukrainian', () => {
    const text =
      'Уряд ухвалив бюджет\n\nУряд ухвалив державний бюджет на наступний рік. Державний бюджет передбачає зростання видатків на оборону. ' +
      'Депутати обговорять державного бюджету зміни вже восени, а видатки на оборону залишаться пріоритетом уряду.';
    const result = keywords(text, 'uk');
    expect(result.slice(0, 2)).toContain('державний бюджет');
    expect(result.indexOf('ухвалив')).not.toBe(0);
    expect(result.some((k) => k.startsWith('ухвалив '))).toBe(false);
  });

  it('returns nothing for tiny texts or languages without stopwords', () => {
    expect(keywords('Short text here.', 'en')).toEqual([]);
    expect(keywords(article, 'xx')).toEqual([]);
  });
});
