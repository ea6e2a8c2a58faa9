import { tokenize } from '../../text/tokenize';
import { detectPeople } from '../detect-people';

/** The people detectPeople finds in an English text with nothing blocked, for the specs of English name rules. */
export const englishPeople = (text: string) =>
  detectPeople({
    tokens: tokenize(text),
    text,
    language: 'en',
    blocked: new Set(),
    orgSpans: [],
    titleParagraphs: 0,
  }).map((p) => p.name);
