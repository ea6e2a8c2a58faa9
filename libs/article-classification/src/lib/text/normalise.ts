import { APOSTROPHES, lowerCase } from '@newsflow/article-text';

const VARIANTS = new RegExp(`[ё${APOSTROPHES}]`);
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'g');

/** One spelling per letter so lexicons need not list ё/е or apostrophe variants. */
export function normaliseWord(word: string): string {
  const lower = lowerCase(word);
  return VARIANTS.test(lower) ? lower.replace(/ё/g, 'е').replace(APOSTROPHE, "'") : lower;
}

export function isCapitalised(word: string): boolean {
  // Basic Latin and the core Cyrillic block settle it without case-mapping a fresh one-letter string.
  const code = word.charCodeAt(0);
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x44f)) return false;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x410 && code <= 0x42f)) return true;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** A word in capitals (NATO, ЗСУ); a small second letter settles most words without case-mapping them. */
export function isShouted(word: string, norm: string): boolean {
  if (word.length < 2 || word === norm) return false;
  const second = word.charCodeAt(1);
  if ((second >= 0x61 && second <= 0x7a) || (second >= 0x430 && second <= 0x45f)) return false;
  return word === word.toUpperCase();
}

export function isAllUpper(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}
