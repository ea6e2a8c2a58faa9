import { Token } from '../text/tokenize';
import { NameRun } from './name-runs';

/** Roman numbers up to twenty, as kings, popes and namesake sons carry them. */
export const ROMAN_NUMBER = /^(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})$/;

const AFTER_ONE = new Set(['and', 'or', 'of', 'who', 'whose']);

/**
 * The Roman number right after an English name of two or more words belongs to it (King Edmund IV, Paul Smith III).
 * A lone letter before a full stop may be an initial (Paul Smith V. Jones), and before more capitalised words a new name
 * starts.
 */
export function regnalNumberAfter(run: NameRun, tokens: Token[], text: string, language: string): string | null {
  const next = tokens[run.last + 1];
  if (language !== 'en' || run.parts.length < 2 || !next?.spaceBefore || next.paragraph !== tokens[run.last].paragraph)
    return null;
  if (!ROMAN_NUMBER.test(next.text)) return null;
  const after = tokens[next.index + 1];
  const sameParagraph = after !== undefined && after.paragraph === next.paragraph;
  if (next.text.length === 1 && text.charAt(next.end) === '.' && sameParagraph) return null;
  if (sameParagraph && after.spaceBefore && after.capitalised) return null;
  // "I" is the pronoun too (John Smith I think): the number only before a pause or a joining word.
  if (next.text === 'I' && sameParagraph && after.spaceBefore && !AFTER_ONE.has(after.norm)) return null;
  return next.text;
}
