import { documentNameKeys, nameKey, nameKeys, queryNameKeys } from './name-keys';

/** Every spelling in a group must share one key; groups must not share keys with each other. */
const SPELLINGS: Record<string, string[]> = {
  'a Kazakh surname in -ayev': ['Nazarbayev', 'Nazarbaiev', 'Nasarbajew', 'Nazarbaïev', 'Назарбаєв', 'Назарбаева'],
  'a Ukrainian surname in -sky': ['Poroshenkovskyi', 'Poroshenkovsky', 'Poroschenkowskyj', 'Порошенковського'],
  'a surname with ч': ['Bondarchuk', 'Bondartschuk', 'Bondartchouk', 'Bondarčuk', 'Бондарчук', 'Бондарчуком'],
  'a surname with щ': ['Khrushchev', 'Khrouchtchev', 'Хрущёв', 'Хрущёва'],
  'a surname with ж': ['Zhuravlyov', 'Zhuravlev', 'Žuravljov', 'Schurawljow', 'Журавльов', 'Журавлёва', 'Журавлева'],
  'a surname in -enko': ['Kovalenko', 'Kowalenko', 'Коваленко', 'Коваленка'],
  'a surname in -ych': ['Pavlovych', 'Pawlowytsch', 'Pavlovitch', 'Павловичем'],
};

describe('nameKey', () => {
  it.each(Object.entries(SPELLINGS))('gives every spelling of %s one key', (_, spellings) => {
    const keys = new Set(spellings.map((spelling) => nameKey(spelling)));
    expect([...keys]).toHaveLength(1);
    expect([...keys][0]).toBeDefined();
  });

  it('keeps different names apart', () => {
    const keys = Object.values(SPELLINGS).map((spellings) => nameKey(spellings[0]));
    expect(new Set(keys).size).toBe(keys.length);
    expect(nameKey('Ivanov')).not.toBe(nameKey('Ivanova Street'.split(' ')[1]));
    expect(nameKey('Petrov')).not.toBe(nameKey('Petrenko'));
  });

  it('gives no key to words too short to mean a name', () => {
    expect(nameKey('in')).toBeUndefined();
    expect(nameKey('по')).toBeUndefined();
  });
});

describe('nameKeys', () => {
  it('reads German ch as х and French j as ж, besides the English reading', () => {
    expect(nameKeys('Chodorkowski')).toContain(nameKey('Ходорковский'));
    expect(nameKeys('Chodorkowski')[0]).toBe(nameKey('Chodorkowski'));
    expect(nameKeys('Prigojine')).toContain(nameKey('Пригожина'));
    expect(nameKeys('Kuchma')).toContain(nameKey('Кучма'));
  });

  it('gives a Cyrillic word its one reading', () => {
    expect(nameKeys('Кучма')).toEqual([nameKey('Кучма')]);
  });
});

describe('documentNameKeys', () => {
  it('keys the capitalised words of a text once each', () => {
    expect(documentNameKeys('Сьогодні Коваленко зустрівся з Коваленком у Львові.')).toEqual([
      nameKey('Сьогодні'),
      nameKey('Коваленко'),
      nameKey('Львові'),
    ]);
  });
});

describe('queryNameKeys', () => {
  it('keys every word of a query, whatever its case', () => {
    expect(queryNameKeys('kovalenko lviv kovalenko')).toEqual([[nameKey('Коваленко')], [nameKey('Львів')]]);
  });

  it('leaves out words without a key', () => {
    expect(queryNameKeys('in Lviv')).toEqual([[nameKey('Львів')]]);
  });
});
