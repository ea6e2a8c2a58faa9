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

/** Per trigram, its rank in each candidate language's model (-1 when absent): one lookup serves every candidate. */
type RankTable = Map<string, Int16Array>;
/** Keyed by script and candidate list; callers pass a fixed list per script, so this stays a handful of tables. */
const rankTables = new Map<string, RankTable>();

/** franc's models: each trigram's rank, the first listed (most frequent) winning over a repeat further down. */
function rankTableOf(script: string, languages: string[]): RankTable {
  const key = `${script}:${languages.join(',')}`;
  let table = rankTables.get(key);
  if (!table) {
    const built: RankTable = new Map();
    languages.forEach((language, position) => {
      const trigrams = data[script][language].split('|');
      for (let rank = trigrams.length - 1; rank >= 0; rank -= 1) {
        let ranks = built.get(trigrams[rank]);
        if (!ranks) {
          ranks = new Int16Array(languages.length).fill(-1);
          built.set(trigrams[rank], ranks);
        }
        ranks[position] = rank;
      }
    });
    table = built;
    rankTables.set(key, table);
  }
  return table;
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

function distances(counts: Map<string, number>, table: RankTable, languages: string[]): [string, number][] {
  const totals = new Array<number>(languages.length).fill(0);
  for (const [trigram, count] of counts) {
    const ranks = table.get(trigram);
    for (let position = 0; position < languages.length; position += 1) {
      const rank = ranks ? ranks[position] : -1;
      totals[position] += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
  }
  return languages.map((language, position) => [language, totals[position]]);
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
  const ranked = distances(counts, rankTableOf(script, languages), languages).sort((a, b) => a[1] - b[1]);
  const min = ranked[0][1];
  const max = value.length * MAX_DIFFERENCE - min;
  return ranked.map(([language, d]) => [language, 1 - (d - min) / max || 0]);
}
