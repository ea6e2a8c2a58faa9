/** Independent pieces of evidence combine as noisy-OR: each one lowers the chance that the label is wrong. */
export function combine(weights: number[]): number {
  let miss = 1;
  for (const w of weights) miss *= 1 - w;
  return round(1 - miss);
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
