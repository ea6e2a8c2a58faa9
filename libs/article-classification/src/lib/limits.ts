/**
 * Work caps that keep classification bounded on hostile input (1 MB bodies, 100k capitalised words).
 * A typical article is 3–8 KB; anything longer than 30,000 characters (about 4,500 words) is analysed on its head only.
 */
export const MAX_TEXT_CHARS = 30_000;
export const MAX_TOKENS = 6_000;
/** A capitalised run longer than this is not a name (adversarial all-caps text). */
export const MAX_NAME_TOKENS = 4;
export const MAX_PEOPLE = 100;
export const MAX_ORGANISATIONS = 25;
