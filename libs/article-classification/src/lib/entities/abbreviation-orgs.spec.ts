import { tokenize } from '../text/tokenize';
import { findAbbreviationOrgs } from './abbreviation-orgs';

const names = (text: string, language: string) =>
  findAbbreviationOrgs({ text, tokens: tokenize(text), blocked: new Set(), language }).organisations.map((o) => [
    o.name,
    o.mentions,
  ]);

describe('findAbbreviationOrgs', () => {
  it('reads capital-letter abbreviations and hyphenated ones as bodies, counting repeats', () => {
    expect(names('Рішення АМКУ оскаржили в суді, а АМКУ наполягає. Акції ТНК-ВР зросли.', 'uk')).toEqual([
      ['АМКУ', 2],
      ['ТНК-ВР', 1],
    ]);
  });

  it('leaves a hyphenated abbreviation alone when a part of it is already known', () => {
    const text = 'Агентство ИТАР-ТАСС сообщило.';
    const tokens = tokenize(text);
    const known = new Set(tokens.filter((t) => t.text === 'ТАСС').map((t) => t.index));
    expect(findAbbreviationOrgs({ text, tokens, blocked: known, language: 'ru' }).organisations).toEqual([]);
  });

  it('reads a capital inside a Cyrillic word as a brand', () => {
    expect(names('Клієнти ПриватБанку скаржилися.', 'uk')).toEqual([['ПриватБанку', 1]]);
  });

  it('skips roman numerals, countries, bare legal forms, common acronyms and shouted headings', () => {
    expect(names('У XIX столітті ТОВ сплатило ПДВ у США. The CEO left.', 'uk')).toEqual([]);
    expect(names('ДОРОГА ДОДОМУ\n\nТекст без абревіатур.', 'uk')).toEqual([]);
  });
});
