import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/**
 * franc's francAll(value, { only, minLength: 1 }), score for score, on franc's own models and script expressions.
 * franc keeps trigram counts and models in plain objects keyed by fresh strings, so every lookup internalises a
 * string; counting in Maps gives the same integers at a fraction of the cost, and paragraph detection is the
 * costliest step of extraction. The distance is a sum over trigrams, so the order franc visits them in cannot matter.
 */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;
const PUNCTUATION_AND_DIGITS = /[\u0021-\u0040]+/g;
const WHITE_SPACE = /\s+/g;

const models = new Map<string, Map<string, number>>();

/** franc's model: each trigram's rank, the first listed (most frequent) winning over a repeat further down. */
function modelOf(script: string, language: string): Map<string, number> {
  const key = `${script}:${language}`;
  let model = models.get(key);
  if (!model) {
    const trigrams = data[script][language].split('|');
    model = new Map();
    for (let rank = trigrams.length - 1; rank >= 0; rank -= 1) model.set(trigrams[rank], rank);
    models.set(key, model);
  }
  return model;
}

function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const [script, expression] of Object.entries(expressions)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

function trigramCounts(value: string): Map<string, number> {
  const cleaned = value.replace(PUNCTUATION_AND_DIGITS, ' ').replace(WHITE_SPACE, ' ').trim().toLowerCase();
  const padded = ` ${cleaned} `;
  const counts = new Map<string, number>();
  for (let index = 0; index + 3 <= padded.length; index += 1) {
    const trigram = padded.slice(index, index + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

function distance(counts: Map<string, number>, model: Map<string, number>): number {
  let total = 0;
  for (const [trigram, count] of counts) {
    const rank = model.get(trigram);
    total += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
  }
  return total;
}

/** [ISO 639-3, score] best first, or [['und', 1]]; `only` lists the candidate languages. */
export function trigramScores(text: string, only: readonly string[]): [string, number][] {
  if (!text) return [['und', 1]];
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  const allowed = (language: string): boolean => only.length === 0 || only.includes(language);
  if (script === undefined || !(script in data))
    return script === undefined || share === 0 || !allowed(script) ? [['und', 1]] : [[script, 1]];
  const languages = Object.keys(data[script]).filter(allowed);
  if (languages.length === 0) return [['und', 1]];
  const counts = trigramCounts(value);
  const distances: [string, number][] = languages.map((language) => [
    language,
    distance(counts, modelOf(script, language)),
  ]);
  distances.sort((a, b) => a[1] - b[1]);
  const min = distances[0][1];
  const max = value.length * MAX_DIFFERENCE - min;
  return distances.map(([language, d]) => [language, 1 - (d - min) / max || 0]);
}
