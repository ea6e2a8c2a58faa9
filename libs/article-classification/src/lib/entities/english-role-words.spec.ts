import { tokenize } from '../text/tokenize';
import { detectPeople } from './detect-people';

const names = (text: string) =>
  detectPeople({
    tokens: tokenize(text),
    text,
    language: 'en',
    blocked: new Set(),
    orgSpans: [],
    titleParagraphs: 0,
  }).map((p) => p.name);

describe('givenNameReadAsRole', () => {
  it('reads a given name that starts like a role abbreviation as a given name', () => {
    expect(names('Readers voted for Gene Hartley and Cole Brandt this year.')).toEqual(['Cole Brandt', 'Gene Hartley']);
  });
});
