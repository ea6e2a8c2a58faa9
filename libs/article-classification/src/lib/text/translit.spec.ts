import { transliterate } from './translit';

describe('transliterate', () => {
  it('uses the Ukrainian national system for Ukrainian names', () => {
    expect(transliterate('Касим-Жомарт Токаєв')).toBe('Kasym-Zhomart Tokaiev');
    expect(transliterate('Айбек Смадіяров')).toBe('Aibek Smadiiarov');
    expect(transliterate('Юлія Згурська')).toBe('Yuliia Zghurska');
    expect(transliterate("Міністерство закордонних справ")).toBe('Ministerstvo zakordonnykh sprav');
  });

  it('uses Russian rules for Russian text', () => {
    expect(transliterate('Сергей Лавров', 'ru')).toBe('Sergey Lavrov');
    expect(transliterate('Мария Захарова', 'ru')).toBe('Mariya Zakharova');
    expect(transliterate('Дмитрий Песков', 'ru')).toBe('Dmitriy Peskov');
  });

  it('leaves Latin text alone', () => {
    expect(transliterate('Olaf Scholz', 'de')).toBe('Olaf Scholz');
  });
});
