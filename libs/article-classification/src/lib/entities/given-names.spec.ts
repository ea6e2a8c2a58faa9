import { givenNameNominative, givenNameReading, givenNameReadings } from './given-names';

describe('given names', () => {
  it('reads oblique forms of Ukrainian given names by gender', () => {
    expect(givenNameReading('Ігоря', 'uk')).toEqual({ nominative: 'ігор', gender: 'm', grammaticalCase: 'gen' });
    expect(givenNameReading('Андрію', 'uk')).toEqual({ nominative: 'андрій', gender: 'm', grammaticalCase: 'dat' });
    expect(givenNameReading('Олену', 'uk')).toEqual({ nominative: 'олена', gender: 'f', grammaticalCase: 'acc' });
    // Валерію is Валерія in the accusative or Валерій in the dative.
    expect(givenNameReading('Валерію', 'uk')).toBeNull();
    expect(givenNameReading('Ользі', 'uk')).toEqual({ nominative: 'ольга', gender: 'f', grammaticalCase: 'dat' });
    expect(givenNameReading('Петрові', 'uk')?.nominative).toBe('петро');
    expect(givenNameReading('Федора', 'uk')?.nominative).toBe('федір');
  });

  it('declines Віктор and Нестор hard, Ігор alone soft', () => {
    expect(givenNameReading('Віктора', 'uk')).toEqual({ nominative: 'віктор', gender: 'm', grammaticalCase: 'gen' });
    expect(givenNameReading('Нестором', 'uk')?.nominative).toBe('нестор');
    expect(givenNameReadings('Вікторя', 'uk')).toEqual([]);
  });

  it("reads a man's -а name in the accusative and Ukrainian vocatives of their own form", () => {
    expect(givenNameReading('Миколу', 'uk')).toEqual({ nominative: 'микола', gender: 'm', grammaticalCase: 'acc' });
    expect(givenNameReading('Миколо', 'uk')).toEqual({ nominative: 'микола', gender: 'm', grammaticalCase: 'voc' });
    expect(givenNameReading('Петре', 'uk')?.grammaticalCase).toBe('voc');
    expect(givenNameReading('Ірино', 'uk')?.nominative).toBe('ірина');
    // Андрію is the dative and the vocative alike; it stays the dative.
    expect(givenNameReading('Андрію', 'uk')?.grammaticalCase).toBe('dat');
  });

  it('knows rarer, foreign and familiar given names', () => {
    expect(givenNameReading('Єгора', 'uk')?.nominative).toBe('єгор');
    expect(givenNameReading('Жанну', 'uk')?.nominative).toBe('жанна');
    expect(givenNameReading('Славко', 'uk')?.nominative).toBe('славко');
    expect(givenNameReading('Рината', 'ru')?.nominative).toBe('ринат');
    expect(givenNameReading("Валер'яном", 'uk')?.nominative).toBe("валер'ян");
    expect(givenNameReading('Стефанові', 'uk')?.nominative).toBe('стефан');
    expect(givenNameReading('Теодосія', 'uk')?.nominative).toBe('теодосій');
  });

  it('reads Russian forms with fleeting vowels', () => {
    expect(givenNameReading('Павла', 'ru')?.nominative).toBe('павел');
    expect(givenNameReading('Льва', 'ru')?.nominative).toBe('лев');
    expect(givenNameReading('Игорем', 'ru')?.grammaticalCase).toBe('ins');
  });

  it('keeps every reading of an ambiguous form and commits to none', () => {
    expect(givenNameReadings('Олександра', 'uk')).toHaveLength(2);
    expect(givenNameReading('Олександра', 'uk')).toBeNull();
    expect(givenNameReading('Марії', 'uk')).toBeNull();
  });

  it('knows nothing of other words and languages', () => {
    expect(givenNameReadings('Київ', 'uk')).toEqual([]);
    expect(givenNameReadings('Ігоря', 'de')).toEqual([]);
  });

  it('writes the nominative with the text’s capital and apostrophe', () => {
    const reading = givenNameReading('В’ячеслава', 'uk');
    expect(reading && givenNameNominative('В’ячеслава', reading)).toBe('В’ячеслав');
  });

  it('knows common foreign given names as Ukrainian spells them', () => {
    expect(givenNameReading('Міхаілом', 'uk')?.nominative).toBe('міхаіл');
    expect(givenNameReadings('Хелен', 'uk').map((r) => r.gender)).toContain('f');
  });
});
