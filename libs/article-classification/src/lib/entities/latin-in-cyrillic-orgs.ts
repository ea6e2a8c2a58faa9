import { stopwordsFor } from '../keywords/stopwords';
import { LexiconMatch } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { PRODUCT_CODE } from './abbreviation-orgs';
import { NOT_ORGANISATION_ABBREVIATIONS } from './data/not-organisation-abbreviations';
import { FoundOrgs, OrgText, tallySpans } from './found-orgs';

/**
 * In Ukrainian and Russian news a name left in Latin letters is nearly always a company, a brand or a medium
 * (Facebook, Access Industries, Mail.Ru Group): people and places are transliterated into Cyrillic.
 */
/** Latin letters and digits, with an apostrophe inside: Sotheby's, Christie's. */
const LATIN = /^[\p{Script=Latin}\d]+(?:['’][\p{Script=Latin}]+)?$/u;
const JOINS = /^(?:[ \t\u00a0]+|-|\.|&|\s*&\s*)$/u;
const MAX_RUN_TOKENS = 5;
const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'di',
  'du',
  'des',
  'der',
  'della',
  'dello',
  'del',
  'la',
  'le',
  'von',
  'van',
]);
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
const WEIGHT = 0.45;

const isLatin = (t: Token | undefined) => t !== undefined && LATIN.test(t.text) && /\p{L}/u.test(t.text);

export function findLatinInCyrillicOrgs({ text, tokens, blocked, language, places = new Set() }: OrgText): FoundOrgs {
  const spans: LexiconMatch<null>[] = [];
  if (language !== 'uk' && language !== 'ru') return { organisations: [], spans };
  const english = stopwordsFor('en');
  const gap = (k: number) => text.slice(tokens[k - 1].end, tokens[k].start);
  // A place inside a Latin name is part of it (The New York Times, Deutsche Welle); a place alone stays a place.
  const free = (k: number) => !blocked.has(k) || places.has(k);
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isLatin(tokens[i]) || !tokens[i].capitalised || !free(i)) continue;
    let last = i;
    for (let k = i + 1; k < tokens.length && k - i < MAX_RUN_TOKENS && free(k); k += 1) {
      const joint = gap(k);
      // Mail.ru and AT&T continue in lower case; across a space only a capitalised word does.
      const tight = !/\s/.test(joint);
      if (!isLatin(tokens[k]) || !JOINS.test(joint)) break;
      if (!tight && !tokens[k].capitalised) {
        // A name goes on across a small joining word: Bank of America, Corriere della Sera.
        const next = tokens[k + 1];
        if (!CONNECTORS.has(tokens[k].norm) || !isLatin(next) || !next.capitalised || !free(k + 1)) break;
        if (!/^[ \t\u00a0]+$/.test(gap(k + 1)) || k + 1 - i >= MAX_RUN_TOKENS) break;
        k += 1;
      }
      last = k;
    }
    const surface = text.slice(tokens[i].start, tokens[last].end);
    const single = i === last;
    // A trailing initial makes a person (George H. Bush); letters alone are an abbreviation of a place (U.S.).
    const initial = tokens[last].text.length === 1;
    const notName =
      initial ||
      (single &&
        (ROMAN_NUMERAL.test(surface) ||
          PRODUCT_CODE.test(surface) ||
          english.has(tokens[i].norm) ||
          NOT_ORGANISATION_ABBREVIATIONS.has(tokens[i].norm)));
    const ownWord = [...Array(last - i + 1).keys()].some((d) => !places.has(i + d));
    if (!notName && ownWord) spans.push({ value: null, first: i, last, surface });
    i = last;
  }
  return tallySpans(spans, language, WEIGHT, 'company');
}
