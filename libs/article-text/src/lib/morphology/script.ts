/** The Cyrillic and Cyrillic Supplement blocks: Ukrainian, Russian, Belarusian, Bulgarian, Serbian, Macedonian. */
export const CYRILLIC_FIRST = 0x400;
export const CYRILLIC_LAST = 0x52f;
/** The same range inside a regular expression character class. */
const escape = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
export const CYRILLIC_LETTERS = `${escape(CYRILLIC_FIRST)}-${escape(CYRILLIC_LAST)}`;

const CYRILLIC = new RegExp(`[${CYRILLIC_LETTERS}]`);

export function isCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** How an apostrophe inside a word is typed (пʼять, сім’я, l'État, Ukraine's): one class for every reader of words. */
export const APOSTROPHES = "'’ʼ`‘";
