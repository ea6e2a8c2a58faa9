const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};

function latinLetter(letter: string, next: string | undefined): string {
  const lower = letter.toLowerCase();
  const latin = LETTERS[lower];
  if (latin === undefined) return letter;
  if (lower === letter) return latin;
  // Љ in "Љубав" is "Lj", in "ЉУБАВ" it is "LJ".
  const shouting = next !== undefined && next !== next.toLowerCase();
  return shouting ? latin.toUpperCase() : latin[0].toUpperCase() + latin.slice(1);
}

/**
 * Serbian Cyrillic in the Latin alphabet (gajica), letter for letter as Serbian itself writes it:
 * the hbs→eng pair reads Latin only. Apertium's own Cyrl-Latn mode is not a translation pair, so
 * APY does not serve it through /translate.
 */
export function serbianLatin(text: string): string {
  const letters = [...text];
  return letters.map((letter, n) => latinLetter(letter, letters[n + 1])).join('');
}
