/**
 * The Zyte benchmark's own metric (evaluate.py), ported for per-page figures and for machines without python3:
 * 4-token shingles of \w+ tokens, TP/FP/FN normalised per page, precision and recall averaged over pages.
 */
export type TpFpFn = [number, number, number];

const tokensOf = (text: string): string[] => text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];

function shingles(text: string): Map<string, number> {
  const tokens = tokensOf(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i += 1) {
    const shingle = tokens.slice(i, i + 4);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function shingleMatch(gold: string, predicted: string): TpFpFn {
  const truth = shingles(gold);
  const guess = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...guess.keys()])) {
    const t = truth.get(key) ?? 0;
    const p = guess.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

const precisionOf = ([tp, fp, fn]: TpFpFn): number => (fp === 0 && fn === 0 ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp));
const recallOf = ([tp, fp, fn]: TpFpFn): number => (fp === 0 && fn === 0 ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn));
const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);

export function pageF1(counts: TpFpFn): number {
  const p = precisionOf(counts);
  const r = recallOf(counts);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function benchmarkMetrics(pages: TpFpFn[]): { f1: number; precision: number; recall: number } {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  return { f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), precision, recall };
}
