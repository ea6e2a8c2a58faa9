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

/** The small letter of a Latin or Cyrillic capital, or -1. */
function smallLetterOf(code: number): number {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x410 && code <= 0x42f)) return code + 0x20;
  if (code >= 0x400 && code <= 0x40f) return code + 0x50;
  return code === 0x490 ? 0x491 : -1;
}

/**
 * The word in lower case, as String.prototype.toLowerCase gives it. V8 lower-cases a string outside Latin-1 through a
 * slow general path, and most words of a text are in lower case or capitalised: those are settled letter by letter.
 */
export function lowerCase(word: string): string {
  for (let i = 1; i < word.length; i += 1) if (!isCaseless(word.charCodeAt(i))) return word.toLowerCase();
  if (word.length === 0 || isCaseless(word.charCodeAt(0))) return word;
  const small = smallLetterOf(word.charCodeAt(0));
  return small < 0 ? word.toLowerCase() : String.fromCharCode(small) + word.slice(1);
}
