import { LexiconMatch } from '../text/lexicon-matcher';
import { FoundOrgs, OrgText, tallySpans } from './found-orgs';

/** Media and services named by their web address: NEWSru.com, Лента.ру, Mail.ru. */
const TOP_LEVEL = new Set([
  'ru',
  'ру',
  'com',
  'ua',
  'net',
  'org',
  'info',
  'su',
  'рф',
  'by',
  'kz',
  'pl',
  'de',
  'fr',
  'io',
]);
const WEIGHT = 0.5;

export function findSiteNameOrgs({ text, tokens, blocked, language }: OrgText): FoundOrgs {
  const spans: LexiconMatch<null>[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const [name, domain] = [tokens[i], tokens[i + 1]];
    if (!name.capitalised || blocked.has(i) || !TOP_LEVEL.has(domain.norm)) continue;
    if (text.slice(name.end, domain.start) !== '.' || /[\p{L}\d]/u.test(text.charAt(domain.end))) continue;
    const before = text.charAt(name.start - 1);
    if (before === '.' || before === '@' || before === '/') continue;
    spans.push({ value: null, first: i, last: i + 1, surface: text.slice(name.start, domain.end) });
    i += 1;
  }
  return tallySpans(spans, language, WEIGHT, 'other');
}
