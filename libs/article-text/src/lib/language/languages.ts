/**
 * Languages we identify, with franc's ISO 639-3 code, script, the letters their alphabet allows beyond basic a–z /
 * the shared Cyrillic core, and a handful of high-frequency function words. The alphabets are hard evidence that
 * trigram statistics lack on short texts (і/ї/є/ґ, ў, ы/э/ъ, ђ/ћ, ѓ/ќ …); the function words rescue 3–10-word lines.
 */
export interface LanguageProfile {
  iso1: string;
  iso3: string;
  script: 'Latin' | 'Cyrillic';
  /** Letters beyond the script's common core that this language writes. */
  extraLetters: string;
  /** A letter whose absence from a long enough text speaks against the language, with its typical frequency. */
  expected?: { letter: string; frequency: number };
  functionWords: ReadonlySet<string>;
}

/** Cyrillic letters every one of uk/ru/be/bg/sr/mk writes (lowercase). ʼ stands for any word-internal apostrophe. */
export const CYRILLIC_CORE = 'абвгдежзклмнопрстуфхцчш';
export const LATIN_CORE = 'abcdefghijklmnopqrstuvwxyz';

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

export const PROFILES: readonly LanguageProfile[] = [
  {
    iso1: 'uk',
    iso3: 'ukr',
    script: 'Cyrillic',
    extraLetters: 'ґєиіїйщьюяʼ',
    expected: { letter: 'і', frequency: 0.055 },
    functionWords: words(
      'і й та в у на що це не з до за від як але був була було вони він вона його її їх також ще про після щодо є має який яка які цього',
    ),
  },
  {
    iso1: 'ru',
    iso3: 'rus',
    script: 'Cyrillic',
    extraLetters: 'ёийщъыьэюя',
    expected: { letter: 'ы', frequency: 0.018 },
    functionWords: words(
      'и в на что это не с по за от как но был была было они он она его её их также ещё о после бы же который которые этот для уже',
    ),
  },
  {
    iso1: 'be',
    iso3: 'bel',
    script: 'Cyrillic',
    extraLetters: 'ёйіўыьэюяʼ',
    expected: { letter: 'ў', frequency: 0.02 },
    functionWords: words(
      'і ў на што гэта не з па за ад як але быў была было яны ён яна яго яе іх таксама яшчэ пра пасля які якія для',
    ),
  },
  {
    iso1: 'bg',
    iso3: 'bul',
    script: 'Cyrillic',
    extraLetters: 'ийщъьюя',
    expected: { letter: 'ъ', frequency: 0.02 },
    functionWords: words(
      'и в на че това не с по за от как но беше са е да се той тя го ги също още след които който която като при са',
    ),
  },
  {
    iso1: 'sr',
    iso3: 'srp',
    script: 'Cyrillic',
    extraLetters: 'иђјљњћџ',
    expected: { letter: 'ј', frequency: 0.03 },
    functionWords: words(
      'и у на да је се не са за од као али био била они он она његов њен такође још после који која што',
    ),
  },
  {
    iso1: 'mk',
    iso3: 'mkd',
    script: 'Cyrillic',
    extraLetters: 'иѓѕјљњќџ',
    expected: { letter: 'ј', frequency: 0.012 },
    functionWords: words(
      'и во на дека тоа не со по за од како но беше се е да тој таа го ја ги исто уште кои кој која што',
    ),
  },
  {
    iso1: 'en',
    iso3: 'eng',
    script: 'Latin',
    extraLetters: '',
    functionWords: words(
      'the of and to in is that for on with was as by at from it be this have are has were not but said which an will would',
    ),
  },
  {
    iso1: 'de',
    iso3: 'deu',
    script: 'Latin',
    extraLetters: 'äöüß',
    functionWords: words(
      'der die das und ist nicht ein eine den dem des mit sich auf für von zu im auch wird als bei nach wurde sind hat einen',
    ),
  },
  {
    iso1: 'fr',
    iso3: 'fra',
    script: 'Latin',
    extraLetters: 'àâæçéèêëîïôœùûüÿ',
    functionWords: words(
      'le la les des et est une un du dans pour que qui sur pas par au aux avec il elle ont été sont ce cette selon',
    ),
  },
  {
    iso1: 'pl',
    iso3: 'pol',
    script: 'Latin',
    extraLetters: 'ąćęłńóśźż',
    functionWords: words(
      'się nie że na jest w z do to jak przez po od o dla już tak ale są był była oraz który które jednak',
    ),
  },
  {
    iso1: 'es',
    iso3: 'spa',
    script: 'Latin',
    extraLetters: 'áéíñóúü',
    functionWords: words('el la los las de que y en un una es por con para del se al lo como más pero fue según'),
  },
  {
    iso1: 'it',
    iso3: 'ita',
    script: 'Latin',
    extraLetters: 'àèéìíîòóùú',
    functionWords: words('il la di che e è un una per con del della non sono nel alla gli le da ha anche secondo'),
  },
  {
    iso1: 'pt',
    iso3: 'por',
    script: 'Latin',
    extraLetters: 'áâãàçéêíóôõú',
    functionWords: words('o a os as de que e do da em um uma para com não é no na dos das foi segundo'),
  },
  {
    iso1: 'nl',
    iso3: 'nld',
    script: 'Latin',
    extraLetters: 'éëïóöü',
    functionWords: words('de het een en van is dat op te in met voor niet zijn die aan ook door wordt'),
  },
  {
    iso1: 'cs',
    iso3: 'ces',
    script: 'Latin',
    extraLetters: 'áčďéěíňóřšťúůýž',
    functionWords: words('a se na je že to v s z do o jako ale by byl podle který jsou'),
  },
  {
    iso1: 'sk',
    iso3: 'slk',
    script: 'Latin',
    extraLetters: 'áäčďéíĺľňóôŕšťúýž',
    functionWords: words('a sa na je že to v s z do o ako ale by bol podľa ktorý sú'),
  },
  {
    iso1: 'ro',
    iso3: 'ron',
    script: 'Latin',
    extraLetters: 'ăâîșşțţ',
    functionWords: words('și în de la cu pe că nu este un o din pentru care'),
  },
  {
    iso1: 'hu',
    iso3: 'hun',
    script: 'Latin',
    extraLetters: 'áéíóöőúüű',
    functionWords: words('a az és hogy nem egy is de meg volt van már csak'),
  },
  {
    iso1: 'sv',
    iso3: 'swe',
    script: 'Latin',
    extraLetters: 'åäöé',
    functionWords: words('och att det som en på är av för med till den har inte'),
  },
  {
    iso1: 'da',
    iso3: 'dan',
    script: 'Latin',
    extraLetters: 'æøåé',
    functionWords: words('og at det som en på er af for med til den har ikke'),
  },
  {
    iso1: 'no',
    iso3: 'nob',
    script: 'Latin',
    extraLetters: 'æøåé',
    functionWords: words('og at det som en på er av for med til den har ikke'),
  },
  {
    iso1: 'fi',
    iso3: 'fin',
    script: 'Latin',
    extraLetters: 'äöå',
    functionWords: words('ja on ei se että oli hän mutta kun myös tai'),
  },
  {
    iso1: 'tr',
    iso3: 'tur',
    script: 'Latin',
    extraLetters: 'çğıöşüâî',
    functionWords: words('ve bir bu da de için ile olarak çok daha gibi'),
  },
  {
    iso1: 'hr',
    iso3: 'hrv',
    script: 'Latin',
    extraLetters: 'čćđšž',
    functionWords: words('i u na je se da su za od kao ali bio koji'),
  },
  {
    iso1: 'sl',
    iso3: 'slv',
    script: 'Latin',
    extraLetters: 'čšž',
    functionWords: words('in je na se da so za od kot ali bil ki'),
  },
  {
    iso1: 'lt',
    iso3: 'lit',
    script: 'Latin',
    extraLetters: 'ąčęėįšųūž',
    functionWords: words('ir yra kad su į iš bet buvo taip pat'),
  },
  {
    iso1: 'lv',
    iso3: 'lav',
    script: 'Latin',
    extraLetters: 'āčēģīķļņšūž',
    functionWords: words('un ir ka ar no uz par bet bija arī'),
  },
  {
    iso1: 'et',
    iso3: 'est',
    script: 'Latin',
    extraLetters: 'äöõüšž',
    functionWords: words('ja on et ei see oli ka kui aga mis'),
  },
];

export const PROFILE_BY_ISO1 = new Map(PROFILES.map((profile) => [profile.iso1, profile]));
export const PROFILE_BY_ISO3 = new Map(PROFILES.map((profile) => [profile.iso3, profile]));
