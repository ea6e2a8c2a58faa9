import { peopleIn } from './testing/people-in';

const names = (text: string) => peopleIn(text, 'uk', 'places and organisations');

describe('isCompoundWordPart, seen through detectPeople', () => {
  it('leaves out the linking first half of a compound adjective, however often it recurs', () => {
    expect(names('Рада Науково-дослідного центру зібралася. Голова Науково-дослідного центру пішов.')).toEqual([]);
    expect(names('Потяг ішов Північно-Східною колією, а Північно-Східна дирекція мовчала.')).toEqual([]);
  });

  it('leaves out a word hyphenated to a number: an event, not a person', () => {
    expect(names('Стадіон збудували до Євро-2030, а після Євро-2030 його закрили.')).toEqual([]);
  });

  it('keeps double surnames, surnames in -ко and given names before a hyphen', () => {
    expect(names('Вірш написав Іван Франко-Коваль.')).toEqual(['Іван Франко-Коваль']);
    expect(names('Вечір вів Юрій Квітка-Скоропад.')).toEqual(['Юрій Квітка-Скоропад']);
  });
});
