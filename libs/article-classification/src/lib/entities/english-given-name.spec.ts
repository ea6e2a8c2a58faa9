import { peopleIn } from './testing/people-in';

const names = (text: string, language = 'en') => peopleIn(text, language, 'places');

describe('loneEnglishGivenName', () => {
  it('reads a lone given name mid-sentence or before a lower-case verb as a person', () => {
    expect(names('At the fair, the two friends met Priya. Later Priya argued with Oliver, and Oliver left.')).toEqual([
      'Oliver',
      'Priya',
    ]);
  });

  it('joins a first name to the full name that carries it', () => {
    expect(names('Oliver Brennan opened the shop. Customers liked Oliver at once.')).toEqual(['Oliver Brennan']);
  });

  it('does not read a given name inside a longer name, a town, an adjective or a lower-case word as a person', () => {
    expect(
      names('They drove to North Carolina and toured the Hockey Hall of Fame, a visit for Hall of Famers.'),
    ).toEqual([]);
    expect(names('Christian and Jewish schools in Leeds joined.')).toEqual([]);
    expect(names('Prices may rise, and May was warm.')).toEqual([]);
    expect(names('The band toured widely and later settled in Beatrice, where it still plays.')).toEqual([]);
  });
});
