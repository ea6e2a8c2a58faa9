import { CYRILLIC_FIRST, CYRILLIC_LAST } from '../morphology/script';

/**
 * How much decoded text looks like mojibake, per letter (0 = clean). A wrong single-byte decode leaves traces that
 * real text lacks: replacement and C1 control characters, box-drawing and currency signs (KOI8 read as another
 * code page), capitals inside lowercase words (KOI8 ↔ windows-1251 swap case), words mixing Latin and Cyrillic, and
 * Latin-1 accented letters in bulk (Cyrillic bytes read as windows-1252).
 */
export function mojibakeScore(text: string): number {
  let letters = 0;
  let bad = 0;
  let accented = 0;
  let previous = '';
  let wordScripts = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const isLetter = /\p{L}/u.test(char);
    if (
      code === 0xfffd ||
      (code >= 0x80 && code <= 0x9f) ||
      (code >= 0x2500 && code <= 0x259f) ||
      code === 0xa4 ||
      code === 0x2320 ||
      code === 0x2321
    )
      bad += 1;
    if (isLetter) {
      letters += 1;
      if (code >= 0xc0 && code <= 0xff) accented += 1;
      if (/\p{Lu}/u.test(char) && /\p{Ll}/u.test(previous)) bad += 1;
      wordScripts |= code >= CYRILLIC_FIRST && code <= CYRILLIC_LAST ? 1 : code < 0x250 ? 2 : 4;
    } else {
      if (wordScripts === 3) bad += 2;
      wordScripts = 0;
    }
    previous = char;
  }
  if (letters === 0) return bad > 0 ? 1 : 0;
  const accentedRatio = accented / letters;
  return (bad + (accentedRatio > 0.3 ? accented : 0)) / letters;
}
