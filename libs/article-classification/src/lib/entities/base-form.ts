/**
 * Ukrainian and Russian names of the consonant, -й and -о kinds decline by adding to their nominative (Верн: Верна,
 * Верном; Гірняк: Гірняком; Коваль: Коваля, past the soft sign; Петро: Петром), so among one person's mentions a form
 * whose words the other forms extend is the nominative. Feminine -а names change their ending instead (Олена, Олени)
 * and are extended by no other form: the rule says nothing for them.
 */
export function isDeclinedFrom(form: readonly string[], base: readonly string[]): boolean {
  if (form.length !== base.length) return false;
  let longer = false;
  for (let i = 0; i < form.length; i += 1) {
    const word = form[i].toLowerCase();
    const root = base[i].toLowerCase();
    if (word === root) continue;
    // A root ending in a vowel takes only the instrumental's -м (Петром): Олено, a vocative, is no root of Оленою.
    const stem = root.replace(/[ьй]$/, '');
    const declined = /[аеєиіїоуюя]$/.test(root)
      ? word === `${root}м`
      : word.length > stem.length && word.startsWith(stem);
    if (!declined) return false;
    longer = true;
  }
  return longer;
}

/** How many of a person's other mentions decline from this one. */
export const formsDeclinedFrom = (base: readonly string[], forms: readonly (readonly string[])[]) =>
  forms.filter((form) => isDeclinedFrom(form, base)).length;
