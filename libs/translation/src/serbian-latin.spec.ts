import { serbianLatin } from './serbian-latin';

describe('serbianLatin', () => {
  it('writes Serbian Cyrillic in gajica, digraphs by case', () => {
    expect(serbianLatin('Влада Србије, Љубав и ЉУБАВ, џеп, Ђорђе Његош')).toBe(
      'Vlada Srbije, Ljubav i LJUBAV, džep, Đorđe Njegoš',
    );
  });

  it('leaves other scripts alone', () => {
    expect(serbianLatin('Reuters 2026')).toBe('Reuters 2026');
  });
});
