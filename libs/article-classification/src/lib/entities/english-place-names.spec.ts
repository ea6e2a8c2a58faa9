import { peopleIn } from './testing/people-in';

const names = (text: string) => peopleIn(text, 'en', 'places');

describe('namesEnglishPlace', () => {
  it('reads a run ending in a kind of place as a place', () => {
    expect(names('The parade crossed Pettigrew Brook and stopped on Oakley Ridge for lunch.')).toEqual([]);
  });

  it('reads a given name and a kind of place as a place where a place stands', () => {
    expect(names('The riders went on to Kevin Way and then along East Molly Cove before dusk.')).toEqual([]);
  });

  it('keeps a given name and a surname that is also a kind of place', () => {
    expect(names('The film was directed by Nora Way and starred Damon Hill as the lead.')).toEqual([
      'Damon Hill',
      'Nora Way',
    ]);
  });

  it('reads a pair without a given name after in or at as a place', () => {
    expect(names('He was born in Vala Rosta and later trained at Quarrow Fenn with his uncle Tom Price.')).toEqual([
      'Tom Price',
    ]);
  });
});
