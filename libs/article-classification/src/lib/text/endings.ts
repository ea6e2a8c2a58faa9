/**
 * Case endings that may follow a lexicon stem. One union for uk, ru, pl, de, en and fr: each language's
 * endings rarely turn one known stem into another word, and a single set keeps matching language-agnostic.
 */
const NOUN = [
  '', 'а', 'я', 'у', 'ю', 'і', 'и', 'ї', 'е', 'є', 'о', 'ы', 'ь', 'й',
  'ом', 'ем', 'єм', 'ою', 'ею', 'єю', 'ой', 'ей', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ів', 'їв', 'ов', 'ев', 'ові', 'еві', 'ью',
  'y', 'i', 'ie', 'u', 'a', 'ą', 'ę', 'em', 'om', 'ach', 'ami', 'ów', 'owi', 'ii', 'ji',
  's', 'es', 'n', 'en', 'e', "'s", "s'", 'ią',
];

const ADJECTIVE = [
  '', 'ий', 'ій', 'ого', 'ому', 'им', 'ім', 'ої', 'ою', 'у', 'а', 'я', 'е', 'є', 'і', 'их', 'ими', 'ій', 'ої', 'о',
  'ая', 'ое', 'ые', 'ый', 'ой', 'ых', 'ым', 'ыми', 'ую', 'ее', 'его', 'ему', 'ой', 'ые',
  'i', 'a', 'ie', 'ego', 'iego', 'emu', 'iemu', 'ym', 'im', 'ą', 'ich', 'ych', 'imi', 'ymi', 'iej', 'ej', 'o',
  'e', 'er', 'en', 'es', 'em', 's', 'ne', 'nes', 'ns',
];

export const NOUN_ENDINGS: ReadonlySet<string> = new Set(NOUN);
export const ADJECTIVE_ENDINGS: ReadonlySet<string> = new Set(ADJECTIVE);
/** Words of multi-word names (Європейськ-ого Союз-у, Narodow-ego Bank-u) may be nouns or adjectives. */
export const NAME_ENDINGS: ReadonlySet<string> = new Set([...NOUN, ...ADJECTIVE]);
/** Loose matching for topic terms, where a stem stands for a whole word family (вибор → виборчий, виборців). */
export const MAX_PREFIX_REST = 6;
