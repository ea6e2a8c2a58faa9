import { fullText } from './article-text';
import { detectOrganisations } from './entities/detect-organisations';
import { detectPeople } from './entities/detect-people';
import { findShapedOrgs } from './entities/find-shaped-orgs';
import { findHeadPhraseOrgs } from './entities/head-phrase-orgs';
import { findInstitutionOrgs } from './entities/institution-orgs';
import { findLegalFormOrgs } from './entities/legal-form-orgs';
import { fingerprint } from './fingerprint/minhash';
import { extractKeywords } from './keywords/extract-keywords';
import { MAX_ORGANISATIONS, MAX_TEXT_CHARS } from './limits';
import { aggregatePlaces, scanPlaces, withoutPeopleAsTowns } from './places/detect-places';
import { tokenize } from './text/tokenize';
import { detectTopics } from './topics/detect-topics';
import { ArticleClassification, ArticleToClassify } from './types';

export function classifyArticle(article: ArticleToClassify): ArticleClassification {
  const { text: uncapped, titleParagraphs } = fullText(article);
  const text = uncapped.slice(0, MAX_TEXT_CHARS);
  const language = normaliseLanguage(article.language);
  const tokens = tokenize(text);
  const { hits: placeHits, spans: placeSpans } = scanPlaces(tokens);
  const known = detectOrganisations(tokens, text, language, placeHits);
  const blocked = new Set<number>();
  const knownOnly = new Set<number>();
  const mark = (into: Set<number>, spans: { first: number; last: number }[]) =>
    spans.forEach((s) => {
      for (let k = s.first; k <= s.last; k += 1) into.add(k);
    });
  const block = (spans: { first: number; last: number }[]) => mark(blocked, spans);
  mark(knownOnly, known.spans);
  const legal = findLegalFormOrgs(text, tokens, language, knownOnly);
  mark(knownOnly, legal.spans);
  // Institutions are read before places are blocked: their qualifier is often a place (Житомирської міської ради).
  const placeTokens = new Set<number>();
  mark(placeTokens, placeSpans);
  const institutions = findInstitutionOrgs(tokens, knownOnly, placeTokens, language);
  block(placeSpans);
  block(known.spans);
  block(legal.spans);
  block(institutions.spans);
  const shaped = findShapedOrgs(text, tokens, blocked, language, placeTokens);
  block(shaped.spans);
  const phrases = findHeadPhraseOrgs(tokens, blocked, titleParagraphs, language, placeTokens);
  block(phrases.spans);
  const organisations = [
    ...legal.organisations,
    ...known.organisations,
    ...institutions.organisations,
    ...phrases.organisations,
    ...shaped.organisations,
  ].slice(0, MAX_ORGANISATIONS);
  const people = detectPeople({ tokens, text, language, blocked, orgSpans: known.spans, titleParagraphs });
  return {
    subjects: detectTopics(tokens, language, titleParagraphs),
    places: aggregatePlaces(withoutPeopleAsTowns(placeHits, people)),
    people,
    organisations,
    keywords: extractKeywords(tokens, text, language, titleParagraphs),
    // The headline is left out: copies of one wire story often carry edited headlines.
    fingerprint: fingerprint(tokens.filter((t) => t.paragraph >= titleParagraphs)),
  };
}

function normaliseLanguage(language: unknown): string {
  return typeof language === 'string' ? language.trim().toLowerCase().slice(0, 2) : 'und';
}
