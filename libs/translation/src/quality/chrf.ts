/**
 * Corpus chrF as Popović defined it (WMT 2015; her chrF script): character n-grams of orders 1-6
 * with whitespace removed, precision and recall summed over the corpus and averaged over the orders
 * both sides have, then F-beta with beta 2 (recall weighs twice), on a 0-100 scale. sacreBLEU
 * averages per-order F-scores instead, so its figures can differ by a point or two.
 */
const ORDER = 6;
const BETA = 2;

function ngrams(text: string, n: number): Map<string, number> {
  const chars = [...text.replace(/\s+/gu, '')];
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= chars.length; i++) {
    const gram = chars.slice(i, i + n).join('');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function corpusChrF(hypotheses: readonly string[], references: readonly string[]): number {
  if (hypotheses.length !== references.length) throw new Error('one reference per hypothesis');
  const matched = new Array<number>(ORDER).fill(0);
  const hypothesisTotal = new Array<number>(ORDER).fill(0);
  const referenceTotal = new Array<number>(ORDER).fill(0);
  hypotheses.forEach((hypothesis, line) => {
    for (let n = 1; n <= ORDER; n++) {
      const hyp = ngrams(hypothesis, n);
      const ref = ngrams(references[line], n);
      for (const [gram, count] of hyp) matched[n - 1] += Math.min(count, ref.get(gram) ?? 0);
      for (const count of hyp.values()) hypothesisTotal[n - 1] += count;
      for (const count of ref.values()) referenceTotal[n - 1] += count;
    }
  });
  const orders = [...Array(ORDER).keys()].filter((n) => hypothesisTotal[n] > 0 && referenceTotal[n] > 0);
  if (orders.length === 0) return 0;
  const precision = orders.reduce((sum, n) => sum + matched[n] / hypothesisTotal[n], 0) / orders.length;
  const recall = orders.reduce((sum, n) => sum + matched[n] / referenceTotal[n], 0) / orders.length;
  if (precision + recall === 0) return 0;
  const beta2 = BETA * BETA;
  return (100 * ((1 + beta2) * precision * recall)) / (beta2 * precision + recall);
}
