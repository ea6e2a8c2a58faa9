import { transliterate, transliterateWord } from './translit';

describe('transliterateWord', () => {
  it.each([
    ['токаєв', 'tokaiev'],
    ['смадіяров', 'smadiiarov'],
    ['єнакієве', 'yenakiieve'],
    ['їжакевич', 'yizhakevych'],
    ['йосипівка', 'yosypivka'],
    ['юрій', 'yurii'],
    ['яготин', 'yahotyn'],
    ['згорани', 'zghorany'],
    ['розгон', 'rozghon'],
    ['щастя', 'shchastia'],
    ['знам’янка', 'znamianka'],
    ['подвисоцький', 'podvysotskyi'],
  ])('uk (KMU 2010): %s → %s', (word, latin) => {
    expect(transliterateWord(word, 'uk')).toBe(latin);
  });

  it.each([
    ['токаев', 'tokaev'],
    ['ёлкин', 'elkin'],
    ['объём', 'obieem'],
    ['юрьев', 'iurev'],
    ['щукин', 'shchukin'],
    ['крылов', 'krylov'],
  ])('ru (ICAO 9303 / passport 2013): %s → %s', (word, latin) => {
    expect(transliterateWord(word, 'ru')).toBe(latin);
  });

  it('uses the Bulgarian streamlined system', () => {
    expect(transliterateWord('щъркел', 'bg')).toBe('shtarkel');
  });
});

describe('transliterate (display form of names)', () => {
  it('keeps the case of each word and follows the Ukrainian national system', () => {
    expect(transliterate('Касим-Жомарт Токаєв', 'uk')).toBe('Kasym-Zhomart Tokaiev');
    expect(transliterate('Юлія Згурська', 'und')).toBe('Yuliia Zghurska');
    expect(transliterate('МЗС Казахстану', 'uk')).toBe('MZS Kazakhstanu');
  });

  it('uses the Russian system for Russian, and when letters unique to Russian say so', () => {
    expect(transliterate('Мария Захарова', 'ru')).toBe('Mariia Zakharova');
    expect(transliterate('Фёдор Журавлёв', 'uk')).toBe('Fedor Zhuravlev');
    expect(transliterate('Дмитрий Песков', 'ru')).toBe('Dmitrii Peskov');
    expect(transliterate('Эльвира Набиуллина', 'und')).toBe('Elvira Nabiullina');
  });

  it('leaves Latin names as they are', () => {
    expect(transliterate('Olaf Scholz', 'de')).toBe('Olaf Scholz');
  });
});
