import { peopleIn } from './testing/people-in';

const names = (text: string) => peopleIn(text, 'en', 'places');

describe('English full names sharing a surname', () => {
  it('joins a short form of a given name to the full one', () => {
    expect(names('Alexander Vance (born 1950) was a painter. Alex Vance later taught in Leeds.')).toHaveLength(1);
  });

  it('keeps relatives with different first names apart, known given names or not', () => {
    expect(names('Talia Kinsey is a singer. Her brothers are Brix Kinsey and Owen Kinsey.')).toEqual([
      'Brix Kinsey',
      'Owen Kinsey',
      'Talia Kinsey',
    ]);
  });
});

describe('name particles', () => {
  it('keeps du and del inside a name', () => {
    expect(names('The lecture was given by Marcel du Tillet and Lucia del Prado last week.')).toEqual([
      'Lucia del Prado',
      'Marcel du Tillet',
    ]);
  });
});

describe('English possessives inside a run', () => {
  it('reads a full name before a possessive as the owner', () => {
    expect(names('Later, Mira finds Colin Drake’s Jeep Ranger in the lane.')).toEqual(['Colin Drake', 'Mira']);
  });
});

describe('English roles before a preposition', () => {
  it('does not hand a role to a lone word past of', () => {
    expect(names('The Bishop of Nueva Tarrega arrived in the morning.')).toEqual([]);
  });
});
