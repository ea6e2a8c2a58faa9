import nlp from 'compromise';

import { PublicDocument } from './public-sets';

/** What a peer tagger found in one document, in the shape the scorer compares with the gold. */
export interface FoundNames {
  people: { name: string }[];
  organisations: { name: string; abbreviation?: string | null }[];
}

/** Languages compromise (MIT, a devDependency of the eval only) reads; it has no Ukrainian or Russian model. */
export const PEER_LANGUAGES = new Set(['en']);

/**
 * compromise's own organisations and people, run beside ours on the same text as an offline reference.
 * Its trailing punctuation (Blue Jays.) is cut, and one name found twice is listed once, as ours is.
 */
export function compromiseNames(doc: PublicDocument): FoundNames {
  const parsed = nlp(doc.paragraphs.join('\n\n'));
  const distinct = (names: string[]) =>
    [...new Set(names.map((n) => n.replace(/[\s.,;:!?'"’)]+$/u, '').replace(/^[\s"'(]+/u, '')).filter(Boolean))].map(
      (name) => ({ name }),
    );
  return {
    people: distinct(parsed.people().out('array') as string[]),
    organisations: distinct(parsed.organizations().out('array') as string[]),
  };
}
