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

  it('gives the token span of each mention so that people are not read inside it', () => {
    const text = 'Директор ПАТ «Іван Петренко і сини» сказав.';
    const { spans } = findLegalFormOrgs(text, tokenize(text), 'uk');
    expect(spans.map((s) => [s.first, s.last])).toEqual([[1, 5]]);
  });
});
