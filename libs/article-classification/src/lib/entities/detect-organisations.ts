import { isCyrillic, transliterate } from '@newsflow/article-text';

import { MAX_ORGANISATIONS } from '../limits';
import { PlaceHit } from '../places/detect-places';
import { combine } from '../text/confidence';
import { Token } from '../text/tokenize';
import { OrganisationMention } from '../types';
import { ORGANISATIONS } from './data/organisations';
import { buildOrgMatcher } from './org-lexicon';
import { findQuotedOrgs } from './quoted-orgs';

const NAME_WEIGHT = 0.7;
const ABBREVIATION_WEIGHT = 0.6;
const QUOTED_WEIGHT = 0.45;

const matcher = buildOrgMatcher();

/** Token spans the people detector must not read as names. */
export interface OrgSpan {
  first: number;
  last: number;
  surface: string;
  abbreviation: string | null;
}

interface Group {
  name: string;
  abbreviation: string | null;
  countryCode?: string;
  category: OrganisationMention['category'];
  weights: number[];
}

export interface OrganisationResult {
  organisations: OrganisationMention[];
  spans: OrgSpan[];
}

export function detectOrganisations(
  tokens: Token[],
  text: string,
  language: string,
  placeHits: PlaceHit[],
): OrganisationResult {
  const countryAt = new Map<number, PlaceHit>();
  for (const hit of placeHits) if (hit.kind === 'country') countryAt.set(hit.first, hit).set(hit.last, hit);
  const groups = new Map<string, Group>();
  const unqualified: { id: string; group: Group }[] = [];
  const spans: OrgSpan[] = [];
  const placeTokens = new Set(placeHits.flatMap((hit) => [hit.first, hit.last]));
  for (const match of matcher.matchAll(tokens)) {
    if (inCompound(tokens, match.first, match.last, placeTokens)) continue;
    const org = ORGANISATIONS[match.value.orgIndex];
    // A body every state has is named as the text names it (Центральный банк, not the list's Национальный банк).
    const ownLanguageForm =
      org.national && !match.value.abbreviation && sameScript(match.value.form, org.names[language] ?? org.names.en);
    const baseName = ownLanguageForm ? match.value.form : (org.names[language] ?? org.names.en);
    const abbr = org.abbr?.[language] ?? org.abbr?.en ?? (match.value.abbreviation ? match.surface : null);
    const weight = match.value.abbreviation ? ABBREVIATION_WEIGHT : NAME_WEIGHT;
    const adjacent = (a: number, b: number) =>
      b < tokens.length && a >= 0 && /^[ \t]+$/.test(text.slice(tokens[a].end, tokens[b].start));
    const after = adjacent(match.last, match.last + 1) ? countryAt.get(match.last + 1) : undefined;
    const before = adjacent(match.first - 1, match.first) ? countryAt.get(match.first - 1) : undefined;
    const country = org.national
      ? after && !after.derived && after.first === match.last + 1
        ? after
        : before && before.last === match.first - 1
          ? before
          : undefined
      : undefined;
    spans.push({ first: match.first, last: match.last, surface: match.surface, abbreviation: abbr });
    if (org.country) {
      addTo(
        groups,
        `${org.id}:${org.country}`,
        { name: baseName, abbreviation: abbr, countryCode: org.country, category: org.category, weights: [] },
        weight,
      );
      continue;
    }
    if (org.national && !country) {
      unqualified.push({
        id: org.id,
        group: { name: baseName, abbreviation: abbr, category: org.category, weights: [weight] },
      });
      continue;
    }
    // A ministry named with its country after it keeps the text's own case form: Міністерство закордонних справ Казахстану.
    const follows = country && country === after;
    addTo(
      groups,
      country ? `${org.id}:${country.code}` : org.id,
      {
        name: country ? (follows ? `${baseName} ${country.surface}` : `${baseName} (${country.name})`) : baseName,
        abbreviation: country && abbr ? (follows ? `${abbr} ${country.surface}` : abbr) : abbr,
        countryCode: country?.code,
        category: org.category,
        weights: [],
      },
      weight,
    );
  }
  mergeUnqualified(unqualified, groups);
  const covered = (start: number) => spans.some((s) => tokens[s.first].start <= start && start < tokens[s.last].end);
  for (const quoted of findQuotedOrgs(text, tokens, covered, language)) {
    groups.set(`quoted:${quoted.name.toLowerCase()}`, {
      name: quoted.name,
      abbreviation: null,
      category: 'other',
      weights: Array<number>(quoted.mentions).fill(QUOTED_WEIGHT),
    });
    spans.push(...quoted.spans.map((s) => ({ ...s, abbreviation: null })));
  }
  const organisations = [...groups.values()]
    .map((g) => ({
      name: g.name,
      abbreviation: g.abbreviation,
      translit: transliterate(g.name, language),
      mentions: g.weights.length,
      confidence: combine(g.weights),
      ...(g.countryCode ? { countryCode: g.countryCode } : {}),
      category: g.category,
    }))
    .sort((a, b) => b.mentions - a.mentions || b.confidence - a.confidence || a.name.localeCompare(b.name))
    .slice(0, MAX_ORGANISATIONS);
  return { organisations, spans };
}

/** A known name hyphened to a word that is not a place is part of another name: Газпром-медиа, ИТАР-ТАСС (not Україна-ЄС). */
function inCompound(tokens: Token[], first: number, last: number, places: ReadonlySet<number>): boolean {
  const joined = (k: number) => tokens[k] !== undefined && !places.has(k) && /\p{L}/u.test(tokens[k].text);
  return (
    (tokens[first].hyphenBefore && joined(first - 1)) || (tokens[last + 1]?.hyphenBefore === true && joined(last + 1))
  );
}

function sameScript(a: string, b: string): boolean {
  return isCyrillic(a) === isCyrillic(b);
}

/** The first mention names the group; later ones only add weight. */
function addTo(groups: Map<string, Group>, key: string, fresh: Group, weight: number): void {
  const group = groups.get(key) ?? fresh;
  group.weights.push(weight);
  groups.set(key, group);
}

/** A bare "МЗС" belongs to the one foreign ministry the article names with its country; with none or several it stays generic. */
function mergeUnqualified(unqualified: { id: string; group: Group }[], groups: Map<string, Group>): void {
  for (const { id, group } of unqualified) {
    const qualified = [...groups.entries()].filter(([key]) => key.startsWith(`${id}:`));
    if (qualified.length === 1) {
      qualified[0][1].weights.push(...group.weights);
      continue;
    }
    const existing = groups.get(id);
    if (existing) existing.weights.push(...group.weights);
    else groups.set(id, group);
  }
}
