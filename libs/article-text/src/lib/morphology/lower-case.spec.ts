import { lowerCase } from './lower-case';

describe('lowerCase', () => {
  it.each([
    'Київ',
    'Ільїн',
    'Ґанок',
    'Warszawa',
    'Ѓорѓе',
    'Ў',
    'КИЇВ',
    'ҐАНОК',
    'Ёлка',
    'ЄВРОПА',
    'Ukraine’s',
    'MÜNCHEN',
    'Łódź',
    'İstanbul',
    'ΑΘΉΝΑ',
    'пʼять',
    "сім'я",
    'з-під',
    '2024',
    '',
  ])('lower-cases %p as toLowerCase does', (word) => {
    expect(lowerCase(word)).toBe(word.toLowerCase());
  });
});
