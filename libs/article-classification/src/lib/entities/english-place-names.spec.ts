import { scanPlaces } from '../places/detect-places';
import { tokenize } from '../text/tokenize';
import { detectPeople } from './detect-people';

function names(text: string): string[] {
  const tokens = tokenize(text);
  const blocked = new Set<number>();
  for (const s of scanPlaces(tokens).hits) for (let k = s.first; k <= s.last; k += 1) blocked.add(k);
  return detectPeople({ tokens, text, language: 'en', blocked, orgSpans: [], titleParagraphs: 0 }).map((p) => p.name);
}

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
});
