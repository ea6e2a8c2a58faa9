import { peopleIn } from './testing/people-in';

const names = (text: string) => peopleIn(text, 'en');

describe('givenNameReadAsRole', () => {
  it('reads a given name that starts like a role abbreviation as a given name', () => {
    expect(names('Readers voted for Gene Hartley and Cole Brandt this year.')).toEqual(['Cole Brandt', 'Gene Hartley']);
  });
});
