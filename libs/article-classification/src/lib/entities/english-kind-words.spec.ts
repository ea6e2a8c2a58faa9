import { peopleIn } from './testing/people-in';

const names = (text: string) => peopleIn(text, 'en', 'places');

describe('followsEnglishKindWord', () => {
  it('reads a name right after a band, ship or film noun as that thing', () => {
    expect(names('The festival was opened by the band Velvet Hammer, and the ship Lady Harriet sailed past.')).toEqual(
      [],
    );
  });

  it('keeps the members named after a duo', () => {
    expect(names('The record was made by the duo Peter Marsh and Alan Cobb in a week.')).toEqual([
      'Alan Cobb',
      'Peter Marsh',
    ]);
  });
});

describe('namesEnglishDay', () => {
  it('reads an observance ending in Day as no person', () => {
    expect(names('The town marks Lantern Day and Pioneer Day every autumn.')).toEqual([]);
  });

  it('keeps a given name before the surname Day', () => {
    expect(names('The song was sung by Doris Day in the film.')).toEqual(['Doris Day']);
  });
});

describe('Romance and German place words', () => {
  it('keep pairs with a place head or modifier out of people', () => {
    expect(names('The road from Nueva Tarrega reaches Brava Norte, then Kreis Lindau.')).toEqual([]);
  });
});

describe('namesDatedWork', () => {
  it('reads a pair with a lone year in brackets as a work', () => {
    expect(names('She starred in Copper Lantern (1946) beside Walter Kemp.')).toEqual(['Walter Kemp']);
  });
});

describe('followsModelCode', () => {
  it('reads a name after a model code as the model, given name or not', () => {
    expect(names('The squadron flew the F-90 Storm Hawk and later B-12 Marlin bombers with Tom Hale.')).toEqual([
      'Tom Hale',
    ]);
  });

  it('reads a lone given name after a band noun as the band', () => {
    expect(names('He is the lead guitarist of the band Rosa and sings with Tom Hale.')).toEqual(['Tom Hale']);
  });
});
