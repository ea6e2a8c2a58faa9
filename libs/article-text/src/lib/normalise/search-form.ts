/**
 * The Ukrainian apostrophe is typed as ' ’ ʼ ` ´ ‘ ʹ; search must see one. U+02BC (modifier letter apostrophe) is the
 * orthographically correct one and, being a letter, keeps "обʼєкт" one token in Elasticsearch's standard tokenizer.
 */
export const CANONICAL_APOSTROPHE = '\u02bc';

const APOSTROPHES = /(?<=\p{L})['’ʼ`´‘ʹ′](?=\p{L})/gu;
const QUOTES = /[«»„“”‟‹›〝〞＂]/g;
const STRAY_SINGLE_QUOTES = /[‘’‚‛]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/** Search form of display text: same characters for the same word, whichever keyboard or CMS produced it. */
export function toSearchForm(text: string): string {
  return text
    .normalize('NFC')
    .replace(APOSTROPHES, CANONICAL_APOSTROPHE)
    .replace(QUOTES, '"')
    .replace(STRAY_SINGLE_QUOTES, "'")
    .replace(DASHES, '-');
}
