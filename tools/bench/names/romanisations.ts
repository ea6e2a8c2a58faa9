/**
 * The library romanisations an editor may type: ISO 9:1995 (= GOST 7.79 System A), with its letters
 * (č, š, ž, â …), and BGN/PCGN (1947 for Russian, 1965 for Ukrainian), plain ASCII with ë.
 */

/** A table from two parallel lists: the Cyrillic letters and their spellings, separated by spaces ("-" is none). */
function table(letters: string, spellings: string): Record<string, string> {
  const latin = spellings.split(' ');
  if (latin.length !== [...letters].length) throw new Error(`${letters}: ${latin.length} spellings`);
  return Object.fromEntries([...letters].map((letter, index) => [letter, latin[index] === '-' ? '' : latin[index]]));
}

const ISO9 = table(
  'абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюяђјљњћџ',
  'a b v g g̀ d e ë ê ž z i ì ï j k l m n o p r s t u f h c č š ŝ ʺ y ʹ è û â đ ǰ l̂ n̂ ć d̂',
);

const BGN_COMMON = table(
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  'a b v g d e ë zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya',
);
const BGN: Record<string, Record<string, string>> = {
  ru: BGN_COMMON,
  uk: { ...BGN_COMMON, ...table('гґиіїє', 'h g y i yi ye') },
  // The official Latin alphabet of Serbian and the Bulgarian Streamlined System, which BGN/PCGN adopted.
  sr: { ...BGN_COMMON, ...table('ђжјљњћхцчџш', 'đ ž j lj nj ć h c č dž š') },
  bg: { ...BGN_COMMON, ...table('хщъь', 'h sht a y') },
};

const VOWELS = /[аеёиоуыэюяєіїъь]/;

function spell(word: string, table: Record<string, string>, russianYe: boolean): string {
  let out = '';
  for (let index = 0; index < word.length; index += 1) {
    const char = word[index];
    const lower = char.toLowerCase();
    // BGN/PCGN writes е as ye at the start of a word and after a vowel or a sign.
    let latin = table[lower] ?? char;
    if (russianYe && lower === 'е' && (index === 0 || VOWELS.test(word[index - 1].toLowerCase()))) latin = 'ye';
    out += char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

export const iso9 = (word: string) => spell(word, ISO9, false);
export const bgnPcgn = (word: string, language: string) => spell(word, BGN[language] ?? BGN_COMMON, language === 'ru');
