import { transliterateWord } from './translit';

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
