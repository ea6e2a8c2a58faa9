import { APOSTROPHES } from './script';

/**
 * A word: letters and digits, with in-word apostrophes (прем'єр, Ukraine's). Hyphens split words; readers that need
 * compounds (Касим-Жомарт) look at what separates two words.
 */
export const WORD = new RegExp(`[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[${APOSTROPHES}][\\p{L}\\p{M}\\p{N}]+)*`, 'gu');

/** A word that could be part of a personal name: letters and apostrophes only. */
export const NAME_WORD = new RegExp(`^[\\p{L}${APOSTROPHES}]+$`, 'u');

/** A final letter that a name's other case forms replace (Україн-а → Україн-и, Андрі-й → Андрі-я). */
export const FINAL_VOWEL = /[аяоеєіиїыуюьйaeiouyąę]$/;

/** Letters and digits only, lower-cased: a headline and a paragraph repeating it compare equal whatever the punctuation. */
export function letterKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
