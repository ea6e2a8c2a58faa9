import { peopleIn } from './testing/people-in';

const names = (text: string) => peopleIn(text, 'uk', 'places and organisations');

describe('opensSentence, seen through detectPeople', () => {
  it('reads a list after a dash, colon or bracket as words inside the sentence', () => {
    expect(names('Він згадав учителів – Ковальчука , Стефаника та Черемшину .')).toEqual([
      'Ковальчук',
      'Стефаника',
      'Черемшину',
    ]);
    expect(names('Вірші читали двоє (Петрусенко і Гаврилюк), а інші слухали.')).toEqual(['Гаврилюк', 'Петрусенко']);
  });

  it('still treats a word after a full stop, or a lone word after a dash, as opening a sentence', () => {
    expect(names('Усе скінчилося. Коваленко, якого ми чекали, не прийшов.')).toEqual([]);
    expect(names('Його звали так – Ковальчук.')).toEqual([]);
  });
});
