export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

/** One-to-one matching of predictions to gold items; `matches` decides whether a pair is the same thing. */
export function compare<P, G>(predicted: P[], gold: G[], matches: (p: P, g: G) => boolean): Counts {
  const unused = [...gold];
  let tp = 0;
  for (const p of predicted) {
    const index = unused.findIndex((g) => matches(p, g));
    if (index >= 0) {
      tp += 1;
      unused.splice(index, 1);
    }
  }
  return { tp, fp: predicted.length - tp, fn: unused.length };
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[’ʼ`‘]/g, "'")
    .replace(/[«»"„“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
