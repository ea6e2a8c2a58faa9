import { scanPlaces } from '../../places/detect-places';
import { tokenize } from '../../text/tokenize';
import { detectOrganisations } from '../detect-organisations';
import { detectPeople } from '../detect-people';

/** What the specs let classifyArticle's earlier passes block before people are read. */
export type Blocking = 'nothing' | 'places' | 'places and organisations';

/** The names detectPeople finds in a text, after the places (and organisations) the blocking asks for. */
export function peopleIn(text: string, language: string, blocking: Blocking = 'nothing'): string[] {
  const tokens = tokenize(text);
  const places = blocking === 'nothing' ? [] : scanPlaces(tokens).hits;
  const orgSpans =
    blocking === 'places and organisations' ? detectOrganisations(tokens, text, language, places).spans : [];
  const blocked = new Set<number>();
  for (const span of [...places, ...orgSpans]) for (let k = span.first; k <= span.last; k += 1) blocked.add(k);
  return detectPeople({ tokens, text, language, blocked, orgSpans, titleParagraphs: 0 }).map((p) => p.name);
}
