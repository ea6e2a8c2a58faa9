import { tokenize } from '../text/tokenize';
import { detectPeople } from './detect-people';

const names = (text: string, language = 'en') =>
  detectPeople({ tokens: tokenize(text), text, language, blocked: new Set(), orgSpans: [], titleParagraphs: 0 }).map(
    (p) => p.name,
  );

describe('withWordSurnames', () => {
  it('reads a month or compass word after a given name as a surname', () => {
    expect(names('Fans cheered Adele West and Harriet May at the show in May.')).toEqual(['Adele West', 'Harriet May']);
  });

  it('leaves such a word alone inside a longer name or without a given name', () => {
    expect(names('They met at the Victoria West Hotel in North Devon on 4 May.')).toEqual([]);
  });
});
