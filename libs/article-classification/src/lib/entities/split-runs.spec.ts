import { tokenize } from '../text/tokenize';
import { findNameRuns } from './name-runs';
import { joinMiddleInitials, splitNameRun, withInitials } from './split-runs';

const runs = (text: string, language = 'uk') => {
  const tokens = tokenize(text);
  return findNameRuns(tokens, new Set())
    .flatMap((run) => splitNameRun(run, language))
    .map((run) => withInitials(run, tokens, text).parts.join(' '));
};

describe('splitNameRun and withInitials', () => {
  it('drops a word glued before a two-part name and splits two people in a row', () => {
    expect(runs('Сказав голова Київради Віталій Павлик, що Арсен Аваков Ігор Котвіцький прийшли.')).toEqual([
      'Сказав',
      'Віталій Павлик',
      'Арсен Аваков',
      'Ігор Котвіцький',
    ]);
  });

  it("keeps a foreign name of three parts whole and cuts the next person's first name off", () => {
    expect(runs('Мир обсудил генсек ООН Пан Ги Мун и Карл Хенрик Сванберг.', 'ru')).toContain('Пан Ги Мун');
    expect(runs('Мир обсудил генсек ООН Пан Ги Мун и Карл Хенрик Сванберг.', 'ru')).toContain('Карл Хенрик Сванберг');
    expect(runs('разом із братом Віталія Хомутинніка Юрієм входив')).toContain('Віталія Хомутинніка');
  });

  it("cuts one person's first name off another's name and patronymic", () => {
    expect(runs('Тоді на Христину Теодозія Борисівна покладала надії.')).toContain('Теодозія Борисівна');
  });

  it('keeps a three-part name with a patronymic and leaves other languages whole', () => {
    expect(runs('Про це сказав Петро Олексійович Порошенко.')).toEqual(['Про', 'Петро Олексійович Порошенко']);
    expect(runs('We met John Ronald Tolkien.', 'en')).toContain('John Ronald Tolkien');
  });

  it('puts initials before a surname', () => {
    expect(runs('Вірш написав М. С. Грушевський, а не Т. Шевченко.')).toEqual([
      'Вірш',
      'М. С. Грушевський',
      'Т. Шевченко',
    ]);
  });

  it('keeps initials written together as one part', () => {
    expect(runs('Доклад сделал А.Н. Чилингаров.', 'ru')).toEqual(['Доклад', 'А.Н. Чилингаров']);
  });

  it('joins a name split by middle initials and keeps it whole', () => {
    const text = 'questioned James W. Hoyt, and Paul D . MacLean wrote with Richard A. Lupoff';
    const tokens = tokenize(text);
    const joined = joinMiddleInitials(findNameRuns(tokens, new Set()), tokens, text);
    expect(joined.flatMap((run) => splitNameRun(run, 'uk')).map((r) => r.parts.join(' '))).toEqual([
      'James W. Hoyt',
      'Paul D. MacLean',
      'Richard A. Lupoff',
    ]);
  });

  it('drops a word in an oblique case glued before a given name in the nominative', () => {
    expect(runs('прибув із Заходу Марко тоді.')).toEqual(['Марко']);
    expect(runs('подякував Гетьманові Андрій і Марта.')).toContain('Андрій');
  });

  it('keeps a surname written before a given name in the same case', () => {
    expect(runs('договір підписав Ковальчук Андрій.')).toEqual(['Ковальчук Андрій']);
  });
});
