import { peopleIn } from './testing/people-in';

const names = (text: string, language = 'en') => peopleIn(text, language);

describe('withWordSurnames', () => {
  it('reads a month or compass word after a given name as a surname', () => {
    expect(names('Fans cheered Adele West and Harriet May at the show in May.')).toEqual(['Adele West', 'Harriet May']);
  });

  it('leaves such a word alone inside a longer name or without a given name', () => {
    expect(names('They met at the Victoria West Hotel in North Devon on 4 May.')).toEqual([]);
  });
});
