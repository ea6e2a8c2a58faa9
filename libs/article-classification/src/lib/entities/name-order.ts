import { isGivenName } from './given-names';
import { isInitial } from './split-runs';

const SLAVIC = new Set(['uk', 'ru']);

/**
 * Where the surname stands in a name's parts: last (Лілія Труфанова), or first in the official order of registers and
 * court records, surname before the given name or the initials (Труфанова Лілія Сергіївна, Ткачук Ігор, Попова С. Т.).
 */
export function surnameIndex(parts: string[], language: string): number {
  const surnameFirst =
    SLAVIC.has(language) &&
    parts.length >= 2 &&
    !isInitial(parts[0]) &&
    !isGivenName(parts[0], language) &&
    (isGivenName(parts[1], language) || isInitial(parts[parts.length - 1]));
  return surnameFirst ? 0 : parts.length - 1;
}

/** The given name or initial among a name's parts, which tells relatives apart; the first part when none is known. */
export function givenNamePart(parts: string[], language: string): string {
  return parts.find((p) => isInitial(p) || isGivenName(p, language)) ?? parts[0];
}
