import { peopleIn } from './testing/people-in';

const names = (text: string, language = 'en') => peopleIn(text, language);

describe('joinQuotedNicknames', () => {
  it('keeps a quoted nickname inside the name it splits', () => {
    expect(names('Harold " Tiny " Archer (born 1950) is a retired pitcher.')).toEqual(['Harold Tiny Archer']);
    expect(names('Harold Peter "Tiny" Archer pitched for ten seasons.')).toEqual(['Harold Peter Tiny Archer']);
    expect(names('Later Thaddeus " Tad " Okonkwo won the final.')).toEqual(['Thaddeus Tad Okonkwo']);
  });

  it('does not join a quoted title between two names', () => {
    expect(names('Critics praised Harold Archer, " Sparks " Morton and the rest.')).not.toContain(
      'Harold Archer Sparks Morton',
    );
  });
});
