import { tokenize } from '../text/tokenize';
import { findClippedCompoundOrgs } from './clipped-compound-orgs';

const names = (text: string, language: string) =>
  findClippedCompoundOrgs({ text, tokens: tokenize(text), blocked: new Set(), language }).organisations.map((o) => [
    o.name,
    o.mentions,
  ]);

describe('findClippedCompoundOrgs', () => {
  it('reads compounds of clipped words as bodies, one per body whatever the case', () => {
    expect(names('Роскомнадзор заблокировал сайт, Роскомнадзора нет. Минюст и Газпром-Медиа молчат.', 'ru')).toEqual([
      ['Роскомнадзор', 2],
      ['Минюст', 1],
      ['Газпром-Медиа', 1],
    ]);
    expect(names('Кредит дав Укргазбанк, перевірку провела Держфінінспекція.', 'uk')).toEqual([
      ['Укргазбанк', 1],
      ['Держфінінспекція', 1],
    ]);
  });

  it('reads general, savings and foreign-trade stems with their fields', () => {
    expect(names('Генпрокуратура и Генштаб проверили Сбербанк, а Генри и гендиректор молчат.', 'ru')).toEqual([
      ['Генпрокуратура', 1],
      ['Генштаб', 1],
      ['Сбербанк', 1],
    ]);
  });

  it('reads ministries of family, education, youth and veterans, with an apostrophe inside the field word', () => {
    expect(names("Лист підписали Мінсім'ї, Мінмолоді та Мінветеранів, а Мінсім’ї відповіло.", 'uk')).toEqual([
      ["Мінсім'ї", 2],
      ['Мінмолоді', 1],
      ['Мінветеранів', 1],
    ]);
  });

  it('leaves words that only start like a compound, and other languages, alone', () => {
    expect(names('Ростислав поїхав з Мінська до Росії, а Медведєв до Москви.', 'uk')).toEqual([]);
    expect(names('Rosneft and Gazprom.', 'en')).toEqual([]);
  });
});
