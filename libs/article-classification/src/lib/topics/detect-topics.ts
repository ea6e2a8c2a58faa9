import { round } from '../text/confidence';
import { LexiconMatcher } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { SubjectLabel } from '../types';
import { TOPICS_BY_CODE } from './iptc';
import { buildTopicMatcher, TERMS_BY_LANGUAGE, TopicTerm } from './topic-terms';

const TITLE_WEIGHT = 2;
/** One term repeated does not make a topic: its weight saturates. */
const MAX_TERM_SCORE = 3;
const MIN_SCORE = 2;
/** Secondary topics must carry a fair share of the leader's evidence. */
const MIN_SHARE = 0.3;
const MAX_TOP_LEVEL = 4;
const MAX_SUBTOPICS_PER_PARENT = 2;
const MAX_EVIDENCE = 6;
/** Score at which a topic is as likely right as wrong. */
const HALF_CONFIDENCE_SCORE = 3;
/** Without a known language every lexicon is tried, and cross-language lookalikes make labels less certain. */
const UNKNOWN_LANGUAGE_FACTOR = 0.6;

const matchers = new Map<string, LexiconMatcher<TopicTerm>>(
  Object.keys(TERMS_BY_LANGUAGE).map((language) => [language, buildTopicMatcher([language])]),
);
const anyLanguageMatcher = buildTopicMatcher(Object.keys(TERMS_BY_LANGUAGE));

interface TopicScore {
  score: number;
  terms: Map<string, { score: number; surface: string }>;
}

export function detectTopics(tokens: Token[], language: string, titleParagraphs: number): SubjectLabel[] {
  const matcher = matchers.get(language) ?? anyLanguageMatcher;
  const factor = matchers.has(language) ? 1 : UNKNOWN_LANGUAGE_FACTOR;
  const own = scoreTerms(matcher, tokens, titleParagraphs);
  const totals = new Map<string, number>();
  for (const [code, topic] of own) {
    const parent = TOPICS_BY_CODE.get(code)?.parent;
    totals.set(code, (totals.get(code) ?? 0) + topic.score);
    if (parent) totals.set(parent, (totals.get(parent) ?? 0) + topic.score);
  }
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const best = ranked.find(([code]) => !TOPICS_BY_CODE.get(code)?.parent)?.[1] ?? 0;
  if (best < 1) return [];
  const minimum = Math.min(MIN_SCORE, best);
  const confidence = (score: number) =>
    round(factor * (score / (score + HALF_CONFIDENCE_SCORE)) * (0.5 + (0.5 * score) / best));
  const label = (code: string, score: number): SubjectLabel => {
    const topic = TOPICS_BY_CODE.get(code);
    const evidence = evidenceFor(code, own);
    return {
      code,
      name: topic?.name ?? code,
      confidence: confidence(score),
      evidence,
      ...(topic?.parent ? { parent: topic.parent } : {}),
    };
  };
  const topLevel = ranked
    .filter(([code, score]) => !TOPICS_BY_CODE.get(code)?.parent && score >= minimum && score >= MIN_SHARE * best)
    .slice(0, MAX_TOP_LEVEL);
  const subjects: SubjectLabel[] = [];
  for (const [code, score] of topLevel) {
    subjects.push(label(code, score));
    ranked
      .filter(([sub, s]) => TOPICS_BY_CODE.get(sub)?.parent === code && s >= MIN_SCORE)
      .slice(0, MAX_SUBTOPICS_PER_PARENT)
      .forEach(([sub, s]) => subjects.push(label(sub, s)));
  }
  return subjects;
}

function scoreTerms(
  matcher: LexiconMatcher<TopicTerm>,
  tokens: Token[],
  titleParagraphs: number,
): Map<string, TopicScore> {
  const scores = new Map<string, TopicScore>();
  for (const match of matcher.matchAll(tokens)) {
    const weight = tokens[match.first].paragraph < titleParagraphs ? TITLE_WEIGHT : 1;
    const topic = scores.get(match.value.topic) ?? { score: 0, terms: new Map() };
    const term = topic.terms.get(match.value.term) ?? { score: 0, surface: match.surface };
    const added = Math.min(MAX_TERM_SCORE, term.score + weight) - term.score;
    term.score += added;
    topic.score += added;
    topic.terms.set(match.value.term, term);
    scores.set(match.value.topic, topic);
  }
  return scores;
}

/** A top-level label's evidence includes what its subtopics found. */
function evidenceFor(code: string, own: Map<string, TopicScore>): string[] {
  const terms: { score: number; surface: string }[] = [];
  for (const [topic, score] of own) {
    if (topic === code || TOPICS_BY_CODE.get(topic)?.parent === code) terms.push(...score.terms.values());
  }
  return [...new Set(terms.sort((a, b) => b.score - a.score).map((t) => t.surface))].slice(0, MAX_EVIDENCE);
}
