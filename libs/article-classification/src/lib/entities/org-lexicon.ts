import { nameToPattern } from '../places/place-patterns';
import { LexiconMatcher, PatternWord } from '../text/lexicon-matcher';
import { isAllUpper } from '../text/normalise';
import { ORGANISATIONS } from './data/organisations';

export interface OrgValue {
  orgIndex: number;
  abbreviation: boolean;
  /** The data form that matched, in its dictionary (nominative) shape. */
  form: string;
}

interface Candidate {
  words: PatternWord[];
  value: OrgValue;
  capitalised: boolean;
}

const keyOf = (words: PatternWord[]) => words.map((w) => `${w.inflection}:${w.stem}`).join(' ');

function candidate(form: string, orgIndex: number): Candidate {
  const abbreviation = isAllUpper(form.replace(/[\d-]/g, '')) && !form.includes(' ');
  const words = abbreviation ? [{ stem: form, inflection: 'cased' as const }] : nameToPattern(form, 'mixed');
  const first = form.charAt(0);
  return { words, value: { orgIndex, abbreviation, form }, capitalised: first !== first.toLowerCase() };
}

/** All names, abbreviations and forms of every organisation in one matcher; forms claimed by two organisations are dropped. */
export function buildOrgMatcher(): LexiconMatcher<OrgValue> {
  const byKey = new Map<string, Candidate | null>();
  ORGANISATIONS.forEach((org, orgIndex) => {
    const forms = [...Object.values(org.names), ...Object.values(org.abbr ?? {}), ...(org.forms?.split('|') ?? [])];
    for (const form of forms) {
      if (!form) continue;
      const c = candidate(form, orgIndex);
      const key = keyOf(c.words);
      const existing = byKey.get(key);
      if (existing === undefined) byKey.set(key, c);
      else if (existing && existing.value.orgIndex !== orgIndex) byKey.set(key, null);
    }
  });
  const matcher = new LexiconMatcher<OrgValue>();
  for (const c of byKey.values()) if (c) matcher.add(c);
  return matcher;
}
