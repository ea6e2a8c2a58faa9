import { peopleIn } from './testing/people-in';

const names = (text: string) => peopleIn(text, 'uk', 'places and organisations');

describe('afterQuotedTitle, seen through detectPeople', () => {
  it('reads the word right after a quoted title as its author, in the nominative', () => {
    expect(names('Театр поставив « Лісову казку » Гнатюка і « Сон » Ковалишина .')).toEqual(['Гнатюк', 'Ковалишин']);
  });

  it('takes no word after a quotation that is no title, nor one that opens a longer capitalised name', () => {
    expect(names('Він сказав « так » Оленівці , і пішов.')).toEqual([]);
    expect(names('Ми читали « Вісник » Видавничого Дому щотижня.')).toEqual([]);
  });
});
