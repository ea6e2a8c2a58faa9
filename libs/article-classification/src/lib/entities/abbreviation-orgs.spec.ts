import { tokenize } from '../text/tokenize';
import { findAbbreviationOrgs } from './abbreviation-orgs';

const names = (text: string, language: string) =>
  findAbbreviationOrgs({ text, tokens: tokenize(text), blocked: new Set(), language }).organisations.map((o) => [
    o.name,
    o.mentions,
  ]);

describe('findAbbreviationOrgs', () => {
  it('leaves an abbreviation that opens a longer name to the head-phrase reader', () => {
    expect(names('They won the MAC East Division, and NCAA rules changed.', 'en')).toEqual([['NCAA', 1]]);
  });

  it('leaves an English abbreviation that opens the name of an event or a product', () => {
    expect(names('They lost the KFC Classic, and the BSA Hornet was built by BSA.', 'en')).toEqual([['BSA', 1]]);
  });

  it('reads a club mark with the club name before it', () => {
    expect(names('He left Kestrel Rovers FC for Leeds HC.', 'en')).toEqual([
      ['Kestrel Rovers FC', 1],
      ['Leeds HC', 1],
    ]);
  });

  it("reads capitals after a performer's title as a stage name", () => {
    expect(names('The night had DJ KOOL and MC RENE, sponsored by WKRP.', 'en')).toEqual([['WKRP', 1]]);
  });

  it('keeps the ordinal of a numbered unit, not a plain number or the number of an event', () => {
    expect(names('The 41st RRF joined 7 UNHCR teams and the 3rd KSR.', 'en')).toEqual([
      ['41st RRF', 1],
      ['UNHCR', 1],
      ['3rd KSR', 1],
    ]);
    expect(names('She won at the 12th BAFTA Craft Awards.', 'en')).toEqual([]);
  });

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

  it('takes codes of things for no body but keeps a brand with one digit', () => {
    expect(names('Новий MP500 і рейс МН17 обговорили на G20, а MTV2 показав.', 'uk')).toEqual([['MTV2', 1]]);
  });

  it('names a regional branch with the adjective of its place', () => {
    expect(
      names(
        'Голова Кіровоградської ОДА та Івано-Франківської ОДА прийшли до Буської РДА. Кіровоградська ОДА мовчить.',
        'uk',
      ),
    ).toEqual([
      ['Кіровоградської ОДА', 2],
      ['Івано-Франківської ОДА', 1],
      ['Буської РДА', 1],
    ]);
  });

  it('keeps the country a body is named with', () => {
    const text = 'Рішення ЦБ РФ і ВС США сьогодні прокоментували в міністерстві, а також у МОЗ України.';
    const tokens = tokenize(text);
    const places = new Set(tokens.filter((t) => t.text === 'України').map((t) => t.index));
    const found = findAbbreviationOrgs({ text, tokens, blocked: places, language: 'uk', places });
    expect(found.organisations.map((o) => o.name)).toEqual(['ЦБ РФ', 'ВС США', 'МОЗ України']);
  });

  it('skips roman numerals, countries, bare legal forms, common acronyms and shouted headings', () => {
    expect(names('У XIX столітті ТОВ сплатило ПДВ у США. The CEO left.', 'uk')).toEqual([]);
    expect(names('ДОРОГА ДОДОМУ\n\nТекст без абревіатур.', 'uk')).toEqual([]);
  });
});
