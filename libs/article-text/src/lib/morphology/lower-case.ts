/** Code points that are already lower case or have no case: Latin and Cyrillic small letters, digits, apostrophes. */
function isCaseless(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x430 && code <= 0x45f) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x491 ||
    code === 0x27 ||
    code === 0x2019 ||
    code === 0x2bc
  );
}

/**
 * The word in lower case, as String.prototype.toLowerCase gives it. Most words of a text are already in lower case,
 * and V8 lower-cases a string outside Latin-1 through a slow general path, so such a word is returned as it is.
 */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i += 1) if (!isCaseless(word.charCodeAt(i))) return word.toLowerCase();
  return word;
}
