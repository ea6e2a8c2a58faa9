/**
 * Cyrillic → Latin, lowercase, for cross-script search.
 * - uk: the official national system (Resolution of the Cabinet of Ministers of Ukraine No. 55, 27 Jan 2010), with
 *   its word-initial forms (Є ye, Ї yi, Й y, Ю yu, Я ya, elsewhere ie, i, i, iu, ia), зг → zgh, ь and apostrophe dropped.
 * - ru: ICAO Doc 9303 as used in Russian passports since 2013 (ё e, й i, ъ ie, ы y, э e, ю iu, я ia).
 * - be: the same ICAO-style scheme with Belarusian letters (г h, ў u, і i).
 * - bg: the Bulgarian Streamlined System (official since 2009: щ sht, ъ a, ю yu, я ya).
 * - sr, mk: their official Latin alphabets, folded to ASCII as people type them (ђ dj, ћ c, ѓ gj, ќ kj …).
 */
type Table = Record<string, string>;

const COMMON: Table = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ʼ: '',
  "'": '',
  '’': '',
};

const TABLES: Record<string, Table> = {
  uk: { ...COMMON, г: 'h', ґ: 'g', е: 'e', є: 'ie', и: 'y', і: 'i', ї: 'i', й: 'i' },
  ru: { ...COMMON, ё: 'e', ъ: 'ie', ы: 'y', э: 'e' },
  be: { ...COMMON, г: 'h', ё: 'io', і: 'i', ў: 'u', ы: 'y', э: 'e', е: 'ie' },
  bg: { ...COMMON, х: 'h', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya', й: 'y' },
  sr: { ...COMMON, ђ: 'dj', ж: 'z', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's' },
  mk: { ...COMMON, ѓ: 'gj', ж: 'zh', ѕ: 'dz', ј: 'j', љ: 'lj', њ: 'nj', ќ: 'kj', х: 'h', ц: 'c', џ: 'dj' },
};

/** KMU 2010 writes these differently at the start of a word. */
const UK_INITIAL: Table = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

export const TRANSLIT_LANGUAGES = Object.keys(TABLES);

/** Printable ASCII has nothing to fold, and it is what most Latin words and every transliteration are. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const WORD_LETTER = /[\p{L}'’ʼ]/u;

/** Latin with diacritics folded: "Łódź" and "Lodz" meet. ł/đ/ø/ß do not decompose, so they are mapped by hand. */
export function foldLatin(word: string): string {
  if (PLAIN_ASCII.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe');
}

/** The tables by UTF-16 code: indexing an object by a fresh one-letter string costs a string-table lookup per letter. */
const byCode = (table: Table): Map<number, string> =>
  new Map(Object.entries(table).map(([char, latin]) => [char.charCodeAt(0), latin]));
const CODE_TABLES = new Map(Object.entries(TABLES).map(([language, table]) => [language, byCode(table)]));
const RUSSIAN_CODES = byCode(TABLES['ru']);
const UK_INITIAL_CODES = byCode(UK_INITIAL);
const ZE = 'з'.charCodeAt(0);
const GHE = 'г'.charCodeAt(0);

/** Transliterates one lowercase word; characters outside the table (Latin, digits) pass through folded. */
export function transliterateWord(word: string, language: string): string {
  const table = CODE_TABLES.get(language) ?? RUSSIAN_CODES;
  let out = '';
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (language === 'uk') {
      const initial = UK_INITIAL_CODES.get(code);
      if (initial !== undefined && (index === 0 || !WORD_LETTER.test(word[index - 1]))) {
        out += initial;
        continue;
      }
      if (code === GHE && word.charCodeAt(index - 1) === ZE) {
        out += 'gh';
        continue;
      }
    }
    out += table.get(code) ?? word[index];
  }
  return foldLatin(out);
}

const UKRAINIAN_ONLY = /[іїєґ]/i;
const RUSSIAN_ONLY = /[ыэъё]/i;

/** Letters unique to one alphabet outweigh a detected language, which may be wrong on a quoted name. */
function alphabetOf(text: string, language: string): string {
  if (UKRAINIAN_ONLY.test(text)) return 'uk';
  if (RUSSIAN_ONLY.test(text)) return 'ru';
  return TABLES[language] ? language : 'uk';
}

/**
 * The Latin form of a name or phrase for display (people, organisations), by the same systems as
 * the search field, so that the form an editor reads is the form that finds the article. The case
 * of each word is kept: "Айбек Смадіяров" → "Aibek Smadiiarov", "МЗС" → "MZS".
 */
export function transliterate(text: string, language = 'und'): string {
  const alphabet = alphabetOf(text, language);
  return text.replace(/[\p{L}'’ʼ]+/gu, (word) => {
    const latin = transliterateWord(word.toLowerCase(), alphabet);
    if (!latin || word === word.toLowerCase()) return latin;
    if (word.length > 1 && word === word.toUpperCase()) return latin.toUpperCase();
    return latin[0].toUpperCase() + latin.slice(1);
  });
}
