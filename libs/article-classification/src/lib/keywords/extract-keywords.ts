import { caseFormKey, endingPattern, lowerCase } from '@newsflow/article-text';

import { Token } from '../text/tokenize';
import { stopwordsFor } from './stopwords';

const MAX_PHRASE_WORDS = 3;
const MIN_KEYWORDS = 5;
const MAX_KEYWORDS = 10;
const MIN_WORD_LENGTH = 3;
const TITLE_BONUS = 1.5;
/** Keyphrases from an unknown language would be noise; an article needs this many content words to have any. */
const MIN_CONTENT_WORDS = 12;
const DIGIT = /\d/;
const PHRASE_BREAK = /[,.;:!?«»"“”„()[\]—–/\n]/;

/** Finite verb endings in Ukrainian and Russian (визнає, заявив, произошло, открылась): a lone verb is a poor keyword. */
const VERB_SHAPE = endingPattern('finiteVerb', ['uk', 'ru']);
const VERB_PENALTY = 0.3;
const SINGLE_OCCURRENCE_PENALTY = 0.4;

interface Phrase {
  /** Where the phrase was met first: its word keys are the article's keys from there on. */
  first: number;
  length: number;
  count: number;
  /** The spelling met first. */
  surface: string;
  /** Occurrences by spelling, kept only once a second spelling turns up: most phrases have one. */
  surfaces: Map<string, number> | null;
  inTitle: boolean;
}

/**
 * RAKE-style keyphrases: n-grams of up to three content words between stopwords and punctuation, scored by how often
 * they and their words recur (counted by stem, so case forms add up), with a bonus for the headline.
 */
export function extractKeywords(tokens: Token[], text: string, language: string, titleParagraphs: number): string[] {
  const stopwords = stopwordsFor(language);
  if (stopwords.size === 0) return [];
  const content = tokens.map((t) => t.norm.length >= MIN_WORD_LENGTH && !DIGIT.test(t.norm) && !stopwords.has(t.norm));
  if (content.filter(Boolean).length < MIN_CONTENT_WORDS) return [];
  const stems = new Map<string, string>();
  // Only content words are counted or joined into phrases, so only they need a key.
  const keys = tokens.map((t, i) => {
    if (!content[i]) return '';
    const known = stems.get(t.norm);
    if (known !== undefined) return known;
    // Case forms count together; the phrase shown keeps the text's own form.
    const fresh = caseFormKey(t.norm, language);
    stems.set(t.norm, fresh);
    return fresh;
  });
  const wordFrequency = new Map<string, number>();
  const lowerSeen = new Set<string>();
  for (let i = 0; i < tokens.length; i += 1) {
    if (content[i]) wordFrequency.set(keys[i], (wordFrequency.get(keys[i]) ?? 0) + 1);
    if (!tokens[i].capitalised) lowerSeen.add(tokens[i].norm);
  }

  const phrases = new Map<string, Phrase>();
  let run: Token[] = [];
  const flush = () => {
    for (const chunk of nounPhrases(run, language)) {
      for (let start = 0; start < chunk.length; start += 1) {
        let key = '';
        let surface = '';
        for (let end = start; end < Math.min(chunk.length, start + MAX_PHRASE_WORDS); end += 1) {
          const word = chunk[end];
          key = end === start ? keys[word.index] : `${key} ${keys[word.index]}`;
          const shown = word.upper || !lowerSeen.has(word.norm) ? word.text : word.norm;
          surface = end === start ? shown : `${surface} ${shown}`;
          addPhrase(phrases, key, surface, chunk, start, end, chunk[start].paragraph < titleParagraphs);
        }
      }
    }
    run = [];
  };
  tokens.forEach((token, i) => {
    const broken =
      i > 0 &&
      (token.paragraph !== tokens[i - 1].paragraph ||
        (!token.spaceBefore && PHRASE_BREAK.test(text.slice(tokens[i - 1].end, token.start))));
    if (broken || !content[i]) flush();
    if (content[i]) run.push(token);
  });
  flush();

  const scored = [...phrases.values()]
    // A three-word stretch seen once is usually a clause (Bundeswehr müsse angesichts), not a keyphrase.
    .filter((p) => p.count > 1 || p.length < MAX_PHRASE_WORDS)
    .map((p) => ({ p, score: phraseScore(p, keys, wordFrequency, language) }))
    .sort((a, b) => b.score - a.score || b.p.length - a.p.length);
  const chosen: { p: Phrase; words: string[] }[] = [];
  for (const { p, score } of scored) {
    if (chosen.length >= MAX_KEYWORDS) break;
    // Past the minimum, only what recurs.
    if (chosen.length >= MIN_KEYWORDS && (score < 2 || p.count < 2)) continue;
    const words = keys.slice(p.first, p.first + p.length);
    // Neither a part of a chosen phrase nor a chosen phrase with extra words around it.
    if (chosen.some((c) => words.every((k) => c.words.includes(k)) || c.words.every((k) => words.includes(k))))
      continue;
    chosen.push({ p, words });
  }
  return chosen.map(({ p }) => (p.surfaces ? [...p.surfaces.entries()].sort((a, b) => b[1] - a[1])[0][0] : p.surface));
}

const ADJECTIVE_SHAPE = endingPattern('adjectiveShape', ['uk', 'ru', 'pl']);
const SHAPED_LANGUAGES = new Set(['uk', 'ru', 'pl']);

/**
 * In inflected languages a run of content words also spans verbs (Казахстан дотримується принципів). Without a tagger,
 * keep words together only where the first looks like an adjective (російських псевдореферендумів) or the second is a
 * capitalised genitive (частиною України).
 */
function nounPhrases(run: Token[], language: string): Token[][] {
  const chunks: Token[][] = [];
  let current: Token[] = [];
  for (const token of run) {
    const previous = current[current.length - 1];
    const joins =
      previous &&
      (!SHAPED_LANGUAGES.has(language) ||
        ADJECTIVE_SHAPE.test(previous.norm) ||
        (token.capitalised && !previous.capitalised));
    if (!joins || current.length >= MAX_PHRASE_WORDS) {
      if (current.length > 0) chunks.push(current);
      current = [];
    }
    current.push(token);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function phraseScore(p: Phrase, keys: string[], wordFrequency: Map<string, number>, language: string): number {
  let frequency = 0;
  for (let k = p.first; k < p.first + p.length; k += 1) frequency += wordFrequency.get(keys[k]) ?? 0;
  const base = frequency * Math.sqrt(p.length) * p.count * (p.inTitle ? TITLE_BONUS : 1);
  // A multi-word phrase earns its place by recurring as a unit; seen once, it is just a stretch of text.
  if (p.length > 1 && p.count === 1) return base * SINGLE_OCCURRENCE_PENALTY;
  const loneVerb = p.length === 1 && SHAPED_LANGUAGES.has(language) && VERB_SHAPE.test(lowerCase(p.surface));
  return loneVerb ? base * VERB_PENALTY : base;
}

/** Keys are built incrementally by the caller; a phrase seen the first time records where its words are. */
function addPhrase(
  phrases: Map<string, Phrase>,
  key: string,
  surface: string,
  chunk: Token[],
  start: number,
  end: number,
  inTitle: boolean,
): void {
  let phrase = phrases.get(key);
  if (!phrase) {
    // A chunk is a stretch of consecutive tokens, so its keys are a slice of the article's.
    phrase = { first: chunk[start].index, length: end - start + 1, count: 0, surface, surfaces: null, inTitle: false };
    phrases.set(key, phrase);
  }
  phrase.count += 1;
  if (phrase.surfaces === null && surface !== phrase.surface)
    phrase.surfaces = new Map([[phrase.surface, phrase.count - 1]]);
  phrase.surfaces?.set(surface, (phrase.surfaces.get(surface) ?? 0) + 1);
  phrase.inTitle ||= inTitle;
}
