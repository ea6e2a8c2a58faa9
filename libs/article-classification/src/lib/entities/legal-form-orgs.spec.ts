import { tokenize } from '../text/tokenize';
import { findLegalFormOrgs } from './legal-form-orgs';

const names = (text: string, language: string) =>
  findLegalFormOrgs(text, tokenize(text), language).organisations.map((o) => [o.name, o.mentions]);

describe('findLegalFormOrgs', () => {
  it('reads a quoted name after a Ukrainian or Russian legal form, keeping a nested quote inside', () => {
    expect(
      names('Угоду уклали ТОВ «Будсервіс» і ТОВ «НВП «Альфа-Буд». Потім ТОВ «Будсервіс» відмовилось.', 'uk'),
    ).toEqual([
      ['ТОВ «Будсервіс»', 2],
      ['ТОВ «НВП «Альфа-Буд»', 1],
    ]);
    expect(names('Контракт получило ООО "Северный путь".', 'ru')).toEqual([['ООО "Северный путь"', 1]]);
  });

  it('reads capitalised words before a Latin legal form and ignores a bare form', () => {
    expect(names('The deal went to Northwind Trading Limited, not to Acme Tools GmbH.', 'en')).toEqual([
      ['Northwind Trading Limited', 1],
      ['Acme Tools GmbH', 1],
    ]);
    expect(names('Die AG hat ТОВ ohne Namen.', 'de')).toEqual([]);
  });

  it('reads any capital-letter abbreviation or a capitalised spelled-out kind before a quoted name as its kind', () => {
    expect(
      names(
        'Матч пройшов у ФОК « Олімпія ». Звернулося Державне підприємство «Документ» і КЛПУ «Обласна лікарня».',
        'uk',
      ),
    ).toEqual([
      ['ФОК «Олімпія»', 1],
      ['Державне підприємство «Документ»', 1],
      ['КЛПУ «Обласна лікарня»', 1],
    ]);
  });

  it('does not take a country, a law or a known body before a quotation for a kind', () => {
    expect(names('Медаль РФ «За заслуги» и ФЗ «О связи» обсуждали.', 'ru')).toEqual([]);
    const text = 'Агентство РИА «Новости» сообщило.';
    const tokens = tokenize(text);
    const known = new Set(tokens.filter((t) => t.text === 'РИА').map((t) => t.index));
    expect(findLegalFormOrgs(text, tokens, 'ru', known).organisations).toEqual([]);
  });

  it('gives the token span of each mention so that people are not read inside it', () => {
    const text = 'Директор ПАТ «Іван Петренко і сини» сказав.';
    const { spans } = findLegalFormOrgs(text, tokenize(text), 'uk');
    expect(spans.map((s) => [s.first, s.last])).toEqual([[1, 5]]);
  });
});
