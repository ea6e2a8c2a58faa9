import { ukrainianDiminutives } from './diminutives';
import { familiarBase, givenNameReading } from './given-names';

describe('Ukrainian familiar forms of given names', () => {
  it('makes familiar forms by the regular suffixes', () => {
    expect(ukrainianDiminutives('оксана', 'f')).toEqual(['оксаночка', 'оксануся', 'оксанка']);
    expect(ukrainianDiminutives('надія', 'f')).toEqual(['надійка']);
    expect(ukrainianDiminutives('оля', 'f')).toEqual(['олечка', 'олюся', 'олька']);
    expect(ukrainianDiminutives('петро', 'm')).toEqual(['петрик', 'петрусь']);
    expect(ukrainianDiminutives('андрій', 'm')).toEqual(['андрійко']);
    expect(ukrainianDiminutives('сашко', 'm')).toEqual([]);
  });

  it('reads a familiar form in any case as a given name of the full name', () => {
    expect(givenNameReading('Оксаночку', 'uk')?.grammaticalCase).toBe('acc');
    expect(givenNameReading('Тарасиком', 'uk')?.nominative).toBe('тарасик');
    expect(familiarBase('Петруся', 'uk')).toBe('петро');
    expect(familiarBase('Петро', 'uk')).toBeNull();
  });
});
