import { isNameWithAdjectiveSurname } from './name-with-adjective-surname';
import { restoreNominative } from './nominative';

describe('an unknown given name before an -ський surname', () => {
  it('is a name when the two words agree in gender and case', () => {
    expect(isNameWithAdjectiveSurname(['Зоряна', 'Білоцька'], 'uk')).toBe(true);
    expect(isNameWithAdjectiveSurname(['Гната', 'Ружицького'], 'uk')).toBe(true);
    expect(isNameWithAdjectiveSurname(['Агатоном', 'Ольшанським'], 'uk')).toBe(true);
  });

  it('is not a name when they disagree or the first word is an adjective', () => {
    expect(isNameWithAdjectiveSurname(['Січ', 'Запорозька'], 'uk')).toBe(false);
    expect(isNameWithAdjectiveSurname(['Гната', 'Ружицький'], 'uk')).toBe(false);
    expect(isNameWithAdjectiveSurname(['Печерська', 'Лавра'], 'uk')).toBe(false);
    expect(isNameWithAdjectiveSurname(['Зоряна', 'Білоцька'], 'ru')).toBe(false);
  });

  it("brings a woman's name of that kind back to the nominative", () => {
    expect(restoreNominative(['Зоряни', 'Білоцької'], 'unknown', 'uk').parts).toEqual(['Зоряна', 'Білоцька']);
    expect(restoreNominative(['Агнії', 'Ружицькій'], 'unknown', 'uk').parts).toEqual(['Агнія', 'Ружицька']);
  });
});
