const CYRILLIC = 'абвгдђежзијклљмнњопрстћуфхцчџш';
const LATIN = 'a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š'.split(' ');
const LETTERS = new Map([...CYRILLIC].map((letter, index) => [letter, LATIN[index]]));

/** Serbian Cyrillic in the official Latin alphabet (Љубљана → Ljubljana). */
export function serbianLatin(text: string): string {
  return [...text]
    .map((char) => {
      const latin = LETTERS.get(char.toLowerCase());
      if (latin === undefined) return char;
      return char === char.toLowerCase() ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}

/** A country-name dataset in Serbian Cyrillic, its names written in Latin. */
export function serbianLatinCountries(data: { countries: Record<string, string | string[]> }): {
  countries: Record<string, string | string[]>;
} {
  const latin = (names: string | string[]) => (Array.isArray(names) ? names.map(serbianLatin) : serbianLatin(names));
  return { countries: Object.fromEntries(Object.entries(data.countries).map(([code, names]) => [code, latin(names)])) };
}
