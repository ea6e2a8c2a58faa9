import { peopleIn } from './testing/people-in';

const names = (text: string) => peopleIn(text, 'en');

describe('hasLifeDates', () => {
  it('reads a name before a birth year or a life span as a person', () => {
    expect(names('Mara Quell (born 1971) is a folk singer.')).toEqual(['Mara Quell']);
    expect(names('Osric Vane Tull (1820 - 1888) was a poet.')).toEqual(['Osric Vane Tull']);
  });

  it('does not read other brackets after a name that way', () => {
    expect(names('Osric Vane (also Tull) is a suburb.')).toEqual([]);
  });
});
