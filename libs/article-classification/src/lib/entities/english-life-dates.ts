import { Token } from '../text/tokenize';
import { NameRun } from './name-runs';

/**
 * A biography opens with the name and the life dates in brackets: Mara Quell (born 1971), Osric Vane (1820 – 1888),
 * Tobin Hale (c. 1240 -- c. 1300). Only people have a birth or a life span there; the name needs no known given name.
 */
const LIFE_DATES = /^\s*\((?:born\b|b\.\s|[^()]{0,30}?\d{3,4}\s*(?:-{1,2}|–|—)\s*(?:c\.\s?)?[^()]{0,20}?\d{3,4}\s*\))/;

export const hasLifeDates = (run: NameRun, tokens: Token[], text: string, language: string) =>
  language === 'en' &&
  run.parts.length >= 2 &&
  run.parts.length <= 4 &&
  LIFE_DATES.test(text.slice(tokens[run.last].end, tokens[run.last].end + 60));
