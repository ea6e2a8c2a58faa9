import { caseFromShape, restoreNominative, toNominative } from './nominative';

describe('toNominative', () => {
  it('restores Ukrainian genitive names', () => {
    expect(toNominative(['Касим-Жомарта', 'Токаєва'], 'gen', 'uk')).toEqual(['Касим-Жомарт', 'Токаєв']);
    expect(toNominative(['Володимира', 'Зеленського'], 'gen', 'uk')).toEqual(['Володимир', 'Зеленський']);
    expect(toNominative(['Юлії', 'Свириденко'], 'gen', 'uk')).toEqual(['Юлія', 'Свириденко']);
    expect(toNominative(['Олексія', 'Ткаченка'], 'gen', 'uk')).toEqual(['Олексій', 'Ткаченко']);
    expect(toNominative(['Олени', 'Зеленської'], 'gen', 'uk')).toEqual(['Олена', 'Зеленська']);
  });

  it('restores Ukrainian dative and instrumental names', () => {
    expect(toNominative(['Токаєву'], 'dat', 'uk')).toEqual(['Токаєв']);
    expect(toNominative(['Зеленським'], 'ins', 'uk')).toEqual(['Зеленський']);
    expect(toNominative(['Валерію', 'Кравцю'], 'dat', 'uk')).toEqual(['Валерій', 'Кравець']);
    expect(toNominative(['Кравця'], 'gen', 'uk')).toEqual(['Кравець']);
    expect(toNominative(['Смадіяровим'], 'unknown', 'uk')).toEqual(['Смадіяровим']);
  });

  it('restores Russian oblique names', () => {
    expect(toNominative(['Сергея', 'Лаврова'], 'gen', 'ru')).toEqual(['Сергей', 'Лавров']);
    expect(toNominative(['Марии', 'Захаровой'], 'gen', 'ru')).toEqual(['Мария', 'Захарова']);
    expect(toNominative(['Игоря'], 'gen', 'ru')).toEqual(['Игорь']);
  });

  it('leaves names alone without case evidence or in other languages', () => {
    expect(toNominative(['Олена', 'Іванова'], 'unknown', 'uk')).toEqual(['Олена', 'Іванова']);
    expect(toNominative(['Scholza'], 'gen', 'pl')).toEqual(['Scholza']);
  });
});

describe('caseFromShape', () => {
  it('reads unambiguous adjectival surname endings', () => {
    expect(caseFromShape(['Володимира', 'Зеленського'], 'uk')).toBe('gen');
    expect(caseFromShape(['Зеленським'], 'uk')).toBe('ins');
    expect(caseFromShape(['Токаєва'], 'uk')).toBe('unknown');
  });
});

describe('case from a Ukrainian first name', () => {
  const restore = (name: string, language = 'uk') =>
    restoreNominative(name.split(' '), 'unknown', language).parts.join(' ');

  it('restores genitive, dative and instrumental names, men in -о among them', () => {
    expect(restore('Тараса Шевченка')).toBe('Тарас Шевченко');
    expect(restore('Петра Порошенка')).toBe('Петро Порошенко');
    expect(restore('Андрія Бондаря')).toBe('Андрій Бондар');
    expect(restore('Олегу Топчію')).toBe('Олег Топчій');
    expect(restore('Михайлом Бойком')).toBe('Михайло Бойко');
    expect(restore('Юрія Бойка')).toBe('Юрій Бойко');
  });

  it("takes a man's genitive first name as the case whatever the surname's ending", () => {
    expect(restore('Андрія Коболєва')).toBe('Андрій Коболєв');
    expect(restore('Олега Голяшкіна')).toBe('Олег Голяшкін');
    expect(restore('В’ячеслава Дрюка')).toBe('В’ячеслав Дрюк');
    expect(restore('Марія Коболєва')).toBe('Марія Коболєва');
  });

  it('reads oblique endings no nominative surname has', () => {
    expect(restore('Т. Шевченкові')).toBe('Т. Шевченко');
    expect(restore('Януковича')).toBe('Янукович');
    expect(restore('Кравчука')).toBe('Кравчук');
  });

  it('leaves women in the nominative alone', () => {
    expect(restore('Ірина Сорока')).toBe('Ірина Сорока');
    expect(restore('Олександра Федіс')).toBe('Олександра Федіс');
    expect(restore('Анна Ковальова')).toBe('Анна Ковальова');
  });

  it('restores first names that the rules for surnames cannot, by gender', () => {
    expect(restore('Ігоря Коско')).toBe('Ігор Коско');
    expect(restore('Валерію Кравцю')).toBe('Валерій Кравець');
    expect(restore('Семена Лика')).toBe('Семен Лик');
    expect(restore('Федора Кравця')).toBe('Федір Кравець');
    expect(restore('Олени Сороки')).toBe('Олена Сорока');
    expect(restore('Олександрі Федіс')).toBe('Олександра Федіс');
    expect(restore('Марії Зеленській')).toBe('Марія Зеленська');
    expect(restore('Ткачука Ігоря Борисовича')).toBe('Ткачук Ігор Борисович');
  });

  it('restores Russian names by the first name, whatever the context', () => {
    expect(restore('Игорю Сечину', 'ru')).toBe('Игорь Сечин');
    expect(restore('Павла Дурова', 'ru')).toBe('Павел Дуров');
    expect(restore('Еленой Малышевой', 'ru')).toBe('Елена Малышева');
    expect(restore('Анны Ивановны Петровой', 'ru')).toBe('Анна Ивановна Петрова');
  });

  it('reports the case a given name shows, the nominative included', () => {
    expect(restoreNominative(['Ігор', 'Коско'], 'unknown', 'uk').grammaticalCase).toBe('nom');
    expect(restoreNominative(['Ігорем', 'Коском'], 'gen', 'uk')).toEqual({
      parts: ['Ігор', 'Коско'],
      grammaticalCase: 'ins',
    });
  });
});
