import { apertiumReadings, dictionaryReadings, shareOf } from './nominative-share';

describe("Apertium's readings", () => {
  it('sets aside plural readings and inanimate common nouns that given names collide with', () => {
    const readings = apertiumReadings('^Ігор/гра<n><f><nn><pl><gen>/Валерія<np><ant><f><pl><gen>$');
    expect(readings.get('Ігор')).toEqual([
      { nominative: false, ofPerson: false },
      { nominative: false, ofPerson: false },
    ]);
  });

  it('keeps singular readings of names and animate nouns, and skips unknown words', () => {
    const readings = apertiumReadings(
      '^Петра/Петро<n><m><aa><sg><gen>$ ^Оксана/Оксана<np><ant><f><sg><nom>$ ^Зюк/*Зюк$',
    );
    expect(readings.get('Петра')).toEqual([{ nominative: false, ofPerson: true }]);
    expect(readings.get('Оксана')).toEqual([{ nominative: true, ofPerson: true }]);
    expect(readings.has('Зюк')).toBe(false);
  });
});

describe("the dictionary's tag lines", () => {
  const lines = (...l: string[]) => l.join('\n') + '\n';

  it('reads v_naz as nominative and p (plural) or inanim as no reading of one person', () => {
    const readings = dictionaryReadings(
      lines(
        'Ліди\tЛіда\tnoun:anim:f:v_rod:prop:fname',
        'Ліди\tЛіда\tnoun:anim:p:v_naz:prop:fname',
        'Лиман\tлиман\tnoun:inanim:m:v_naz',
      ),
    );
    expect(readings.get('Ліди')).toEqual([
      { nominative: false, ofPerson: true },
      { nominative: true, ofPerson: false },
    ]);
    expect(readings.get('Лиман')).toEqual([{ nominative: true, ofPerson: false }]);
  });

  it('keeps adjectival surnames and drops readings without a case', () => {
    const readings = dictionaryReadings(
      lines('Гладкий\tгладкий\tadj:m:v_naz', 'Гуде\tгудіти\tverb:imperf:pres:s:3', 'Т.\tт.\tadv:abbr'),
    );
    expect(readings.get('Гладкий')).toEqual([{ nominative: true, ofPerson: true }]);
    expect(readings.has('Гуде')).toBe(false);
    expect(readings.has('Т.')).toBe(false);
  });

  it("reads a possessive surname's genitive as a woman's nominative too, but no other surname's", () => {
    const readings = dictionaryReadings(
      lines('Зорина\tЗорин\tnoun:anim:m:v_rod:prop:lname', 'Дуба\tДуб\tnoun:anim:m:v_rod:prop:lname'),
    );
    expect(readings.get('Зорина')).toEqual([{ nominative: true, ofPerson: true }]);
    expect(readings.get('Дуба')).toEqual([{ nominative: false, ofPerson: true }]);
  });
});

describe('the nominative share', () => {
  const reading = (nominative: boolean, ofPerson = true) => ({ nominative, ofPerson });
  const apertium = new Map([
    ['Ігор', [reading(false, false)]],
    ['Петра', [reading(false)]],
  ]);
  const dictionary = new Map([
    ['Ігор', [reading(true)]],
    ['Петра', [reading(false)]],
    ['Шум', [reading(true, false)]],
  ]);
  const names = ['Ігор Зюк', 'Петра Зюка', 'Оксана Шум', 'Т. Зюк'];

  it('counts a word nominative when either analyser reads it so', () => {
    expect(shareOf(names, [apertium]).anyReading).toEqual({ nominative: 2, total: 4 });
    expect(shareOf(names, [apertium, dictionary]).anyReading).toEqual({ nominative: 3, total: 4 });
  });

  it('sets apart names with a word no person reading fits, and ignores initials and unknown words', () => {
    const both = shareOf(names, [apertium, dictionary]);
    expect(both.personReading).toEqual({ nominative: 2, total: 3, unverifiable: 1 });
    expect(both.oblique).toEqual(['Петра Зюка']);
    expect(shareOf(names, [apertium]).personReading).toEqual({ nominative: 2, total: 3, unverifiable: 1 });
  });
});
