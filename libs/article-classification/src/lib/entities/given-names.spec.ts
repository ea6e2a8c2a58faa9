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
});
