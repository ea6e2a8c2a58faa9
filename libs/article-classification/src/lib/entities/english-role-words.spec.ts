import { englishPeople } from './testing/english-people';

const names = englishPeople;

describe('givenNameReadAsRole', () => {
  it('reads a given name that starts like a role abbreviation as a given name', () => {
    expect(names('Readers voted for Gene Hartley and Cole Brandt this year.')).toEqual(['Cole Brandt', 'Gene Hartley']);
  });
});
