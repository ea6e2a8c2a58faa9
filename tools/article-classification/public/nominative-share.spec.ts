import { personReading } from './score-public';

describe("the nominative check's person readings", () => {
  it('sets aside plural readings and inanimate common nouns that given names collide with', () => {
    expect(personReading('Гра<n><f><nn><pl><gen>')).toBe(false);
    expect(personReading('Валерія<np><ant><f><pl><gen>')).toBe(false);
  });

  it('keeps singular readings of names and animate nouns', () => {
    expect(personReading('Петро<n><m><aa><sg><gen>')).toBe(true);
    expect(personReading('Олександра<np><ant><f><sg><dat>')).toBe(true);
  });
});
