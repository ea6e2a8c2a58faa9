/**
 * Latin transliteration of names. Ukrainian follows the official national system (KMU 2010, used in passports);
 * Russian follows a simplified BGN/PCGN without diacritics. Latin text passes through unchanged.
 * Kept small and local until @newsflow/article-text offers one; then this should move there.
 */
const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', д: 'd', е: 'e', ж: 'zh', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', "'": '', '’': '', 'ʼ': '',
};

const UKRAINIAN: Record<string, string> = { ...COMMON, г: 'h', ґ: 'g', и: 'y', і: 'i', ї: 'i', й: 'i', є: 'ie', ю: 'iu', я: 'ia' };
/** KMU 2010: these letters are written differently at the start of a word. */
const UKRAINIAN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const RUSSIAN: Record<string, string> = { ...COMMON, г: 'g', и: 'i', й: 'y', ё: 'e', э: 'e', ы: 'y', ъ: '', ю: 'yu', я: 'ya' };

const UKRAINIAN_ONLY = /[іїєґ]/i;
const RUSSIAN_ONLY = /[ыэъё]/i;

export function transliterate(text: string, language = 'und'): string {
  const ukrainian = UKRAINIAN_ONLY.test(text) || (!RUSSIAN_ONLY.test(text) && language !== 'ru');
  const table = ukrainian ? UKRAINIAN : RUSSIAN;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    const lower = char.toLowerCase();
    const previous = text[i - 1];
    const wordStart = i === 0 || (previous.toLowerCase() === previous.toUpperCase() && !"'’ʼ".includes(previous));
    // зг is written zgh so that it is not read as the letter ж (Згурський → Zghurskyi).
    const latin = ukrainian && lower === 'г' && text[i - 1]?.toLowerCase() === 'з' ? 'gh' : ukrainian && wordStart && UKRAINIAN_INITIAL[lower] ? UKRAINIAN_INITIAL[lower] : table[lower];
    if (latin === undefined) out += char;
    else out += char !== lower && latin ? latin[0].toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}
