import { scanPlaces } from '../places/detect-places';
import { tokenize } from '../text/tokenize';
import { detectPeople } from './detect-people';

const names = (text: string) => {
  const tokens = tokenize(text);
  const blocked = new Set<number>();
  for (const hit of scanPlaces(tokens).hits) for (let k = hit.first; k <= hit.last; k += 1) blocked.add(k);
  return detectPeople({ tokens, text, language: 'uk', blocked, orgSpans: [], titleParagraphs: 0 }).map((p) => p.name);
};

describe('a lone name after a noun of a work', () => {
  it('is the author, named once', () => {
    expect(names('Увечері вона читала новели Стефаника.')).toEqual(['Стефаника']);
    expect(names('У залі висіли полотна Мурашка і гравюри Нарбута.').sort()).toEqual(['Мурашка', 'Нарбута']);
  });

  it('is not a place, nor a name after some other noun', () => {
    expect(names('Він привіз картини Львова і Києва.')).toEqual([]);
    expect(names('Вона довго дивилася на Нарбута.')).toEqual([]);
  });
});
