import { APOSTROPHES } from '@newsflow/article-text';

const VARIANTS = new RegExp(`[ё${APOSTROPHES}]`);
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'g');

/** One spelling per letter so lexicons need not list ё/е or apostrophe variants. */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  return VARIANTS.test(lower) ? lower.replace(/ё/g, 'е').replace(APOSTROPHE, "'") : lower;
}

export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export function isAllUpper(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}
