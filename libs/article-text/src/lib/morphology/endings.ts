/**
 * Inflectional endings, one table per language: every reader of word endings (the Ukrainian stemmer, lexicon
 * matching of inflected names, name and adjective shapes, keyword grouping) takes its lists from here.
 */
export type MorphologyLanguage = 'uk' | 'ru' | 'pl' | 'de' | 'en' | 'fr';

export interface LanguageEndings {
  /** Case and number endings of nouns. */
  noun: readonly string[];
  /** Endings of adjectives in every case, gender and number. */
  adjective: readonly string[];
  /** Nominative singular adjective endings: removed whole so that any case ending may follow (Європейськ-ий). */
  adjectiveNominative: readonly string[];
  /** Long adjective endings that few nouns or names share: a word with one is taken for an adjective. */
  adjectiveShape: readonly string[];
  /** Verb endings (infinitive, present, past, participles). */
  verb: readonly string[];
  /** Finite verb endings of the 3rd person and the past: a lone word with one is likely a verb. */
  finiteVerb: readonly string[];
  /** Past masculine -в, removed only after these vowels and from a long stem (заявив, but Токаєв, мотив). */
  pastMasculine: readonly string[];
  reflexive: readonly string[];
  /** Surname suffixes (Шевченко, Смадіяров, Зеленський). */
  surname: readonly string[];
  /** Singular case endings of personal names, which never eat a surname suffix (Смадіяров-а, but not Смадіяр-ов). */
  nameCase: readonly string[];
}

/** A language lists only the kinds of ending that matter in it. */
export const ENDINGS: Readonly<Record<MorphologyLanguage, Partial<LanguageEndings>>> = {
  uk: {
    noun: [
      ...['іями', 'ями', 'ами', 'ові', 'еві', 'ією', 'іям', 'іях', 'ія', 'ії', 'ію', 'ах', 'ях', 'ам', 'ям'],
      ...['ом', 'ем', 'єм', 'ою', 'ею', 'єю', 'ів', 'їв', 'ей', 'а', 'я', 'о', 'е', 'є', 'у', 'ю', 'і', 'ї', 'и'],
      ...['ь', 'й'],
    ],
    adjective: [
      ...['ього', 'ьому', 'ими', 'іми', 'ого', 'ому', 'ої', 'ою', 'ий', 'ій', 'им', 'ім', 'их', 'іх', 'ею', 'єю'],
      ...['ьої', 'ьою', 'а', 'я', 'у', 'е', 'є', 'і', 'о'],
    ],
    adjectiveNominative: ['ий', 'ій'],
    adjectiveShape: ['ий', 'ій', 'ого', 'ому', 'им', 'ім', 'их', 'ими', 'ої', 'ою', 'ська', 'цька', 'ної'],
    verb: [
      ...['ються', 'ється', 'уться', 'ючи', 'учи', 'ячи', 'ачи', 'вши', 'ємо', 'имо', 'іємо', 'ете', 'єте', 'ите'],
      ...['ують', 'юють', 'ють', 'ять', 'уть', 'ать', 'ить', 'іть', 'ати', 'яти', 'ити', 'іти', 'ути', 'ила', 'ило'],
      ...['или', 'ала', 'ало', 'али', 'яла', 'яло', 'яли', 'іла', 'іло', 'іли', 'ла', 'ло', 'ли', 'ує', 'ює', 'ти'],
      ...['ть'],
    ],
    finiteVerb: ['ає', 'ує', 'ює', 'ють', 'ять', 'ить', 'ать', 'ав', 'ив', 'ла', 'ли', 'ло', 'ал', 'ял', 'ся', 'сь'],
    pastMasculine: ['ив', 'ав', 'яв', 'ів'],
    reflexive: ['ся', 'сь'],
    nameCase: ['ого', 'ому', 'ові', 'еві', 'ою', 'ом', 'ем', 'им', 'ий', 'ій', 'а', 'у', 'і', 'и', 'я', 'ю', 'е'],
    surname: [
      ...['ов', 'ев', 'єв', 'ін', 'ин', 'ський', 'цький', 'ська', 'цька', 'енко', 'ук', 'юк', 'чук', 'ич', 'ова'],
      ...['ева', 'єва', 'іна', 'ина', 'ян', 'дзе', 'швілі'],
    ],
  },
  ru: {
    noun: [
      ...['а', 'я', 'у', 'ю', 'и', 'е', 'о', 'ы', 'ь', 'й', 'ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'ам', 'ям', 'ах'],
      ...['ях', 'ами', 'ями', 'ов', 'ев', 'ью'],
    ],
    adjective: [
      ...['ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ый', 'ий', 'ой', 'ых', 'их', 'ым', 'им', 'ыми', 'ими', 'ую', 'юю'],
      ...['его', 'ого', 'ему', 'ому'],
    ],
    adjectiveNominative: ['ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие'],
    adjectiveShape: ['ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ых', 'ым', 'ыми', 'ую', 'ская', 'ской', 'ский'],
    finiteVerb: ['ють', 'ять', 'ить', 'ать', 'ил', 'ыл', 'ал', 'ял', 'ла', 'ли', 'ло', 'ся', 'сь'],
    reflexive: ['ся', 'сь'],
    surname: ['ов', 'ев', 'ин', 'ский', 'цкий', 'ская', 'ова', 'ева', 'ина', 'ич', 'ян', 'дзе', 'швили'],
    nameCase: ['ого', 'ому', 'ой', 'ом', 'ем', 'им', 'ий', 'ою', 'а', 'у', 'и', 'я', 'ю', 'е', 'ы'],
  },
  pl: {
    noun: ['y', 'i', 'ie', 'u', 'a', 'ą', 'ę', 'em', 'om', 'ach', 'ami', 'ów', 'owi', 'ii', 'ji', 'ią', 'e'],
    adjective: [
      ...['y', 'i', 'a', 'ie', 'ego', 'iego', 'emu', 'iemu', 'ym', 'im', 'ą', 'ich', 'ych', 'imi', 'ymi', 'iej'],
      ...['ej', 'o', 'e'],
    ],
    adjectiveShape: ['ych', 'ego', 'ymi', 'owy', 'owa', 'owe', 'ny', 'na', 'ne', 'ski', 'ska', 'skie'],
  },
  de: {
    noun: ['s', 'es', 'n', 'en', 'e'],
    adjective: ['e', 'er', 'en', 'es', 'em'],
    adjectiveNominative: ['er', 'es', 'en', 'e'],
  },
  en: {
    noun: ['s', 'es', "'s", "s'"],
    nameCase: ["'s"],
  },
  fr: {
    noun: ['s', 'e', 'es'],
    adjective: ['e', 'es', 's', 'ne', 'nes', 'ns'],
  },
};

export const MORPHOLOGY_LANGUAGES = Object.keys(ENDINGS) as MorphologyLanguage[];

/** One kind of ending over several languages, each once, longest first (so -ого is tried before -о). */
export function endingsOf(
  kind: keyof LanguageEndings,
  languages: readonly MorphologyLanguage[] = MORPHOLOGY_LANGUAGES,
): string[] {
  return [...new Set(languages.flatMap((language) => ENDINGS[language][kind] ?? []))].sort(
    (a, b) => b.length - a.length,
  );
}

/** A test for words that end in one of the endings. */
export function endingPattern(
  kind: keyof LanguageEndings,
  languages: readonly MorphologyLanguage[] = MORPHOLOGY_LANGUAGES,
): RegExp {
  return new RegExp(`(?:${endingsOf(kind, languages).join('|')})$`);
}

export function isMorphologyLanguage(language: string): language is MorphologyLanguage {
  return Object.hasOwn(ENDINGS, language);
}
