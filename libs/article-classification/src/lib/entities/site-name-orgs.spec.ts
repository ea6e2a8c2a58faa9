import { tokenize } from '../text/tokenize';
import { findSiteNameOrgs } from './site-name-orgs';

const names = (text: string) =>
  findSiteNameOrgs({ text, tokens: tokenize(text), blocked: new Set(), language: 'ru' }).organisations.map((o) => [
    o.name,
    o.mentions,
  ]);

describe('findSiteNameOrgs', () => {
  it('reads a capitalised web address as the medium it names', () => {
    expect(names('Как сообщает Лента.ру со ссылкой на NEWSru.com, Лента.ру ошиблась.')).toEqual([
      ['Лента.ру', 2],
      ['NEWSru.com', 1],
    ]);
  });

  it('ignores lower-case hosts, e-mail addresses and sentence breaks', () => {
    expect(names('Пишите на info@Example.com или zakaz.ru. Он ушёл. Com — не адрес.')).toEqual([]);
  });
});
