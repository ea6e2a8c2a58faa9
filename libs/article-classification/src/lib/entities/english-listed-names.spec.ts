import { peopleIn } from './testing/people-in';

const names = (text: string) => peopleIn(text, 'en', 'places and organisations');

describe('detectPeople: English lists of people', () => {
  it('reads a pair whose first word is no known given name as a person beside people in a list', () => {
    const found = names('Guests at the gala included Mary Holden, Tom Ferris, Storm Hadley and Anna Reeve.');
    expect(found).toContain('Storm Hadley');
    expect(names('The panel heard from Storm Hadley about the harvest.')).not.toContain('Storm Hadley');
  });

  it('reads a lone word between people in a list as a person', () => {
    expect(names('The salon was frequented by Marcus Bell, Orlandi and Susan Tate.')).toContain('Orlandi');
    expect(names('The salon was frequented by Orlandi in winter.')).not.toContain('Orlandi');
  });

  it('leaves out a sentence-opening word, an owner and a run of common words', () => {
    expect(names('Anna Reeve spoke first. Meanwhile, Tom Ferris left.')).not.toContain('Meanwhile');
    expect(names("The shop stocks Mary Holden, Tom Ferris and Garrow's goods.")).not.toContain("Garrow's");
    expect(names('Tickets went to Mary Holden, Tom Ferris and Silver Lining.')).not.toContain('Silver Lining');
  });
});
