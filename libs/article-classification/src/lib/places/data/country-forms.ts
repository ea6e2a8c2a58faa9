/**
 * What the ISO name dataset lacks: short and colloquial names, abbreviations, adjective stems and demonyms.
 * Space-separated per field. Stems, not words: the matcher adds the case endings.
 * names: extra names, inflected like dataset names. abbr: matched letter for letter.
 * adj: adjective stems (`_` joins words); a capitalised stem (English) only matches capitalised words.
 * demonym: noun stems for the people. stems: irregular name stems (Polsce, Białorusią) taking noun endings.
 */
export interface CountryForms {
  names?: string;
  stems?: string;
  abbr?: string;
  adj?: string;
  demonym?: string;
}

export const COUNTRY_FORMS: Record<string, CountryForms> = {
  UA: {
    adj: 'українськ украинск ukraińsk ukrainisch ukrainien Ukrainian',
    demonym: 'українц украинц ukraińc Ukrainer',
  },
  RU: {
    names: 'Російська Федерація|Russische Föderation',
    abbr: 'РФ',
    adj: 'російськ российск rosyjsk russisch russe Russian',
    demonym: 'росіян россиян rosjan Russen',
  },
  KZ: { adj: 'казахстанськ казахстанск kazachsk kasachisch kazakh Kazakh Kazakhstani', demonym: 'казахстанц' },
  BY: {
    names: 'Білорусія|Белоруссия|Belarus',
    stems: 'białorus',
    adj: 'білоруськ белорусск białorusk belarussisch biélorusse Belarusian',
    demonym: 'білорус белорус',
  },
  MD: { names: 'Молдова|Молдавия|Moldau', adj: 'молдовськ молдавськ молдавск mołdawsk moldauisch moldave Moldovan' },
  US: {
    names:
      'Сполучені Штати Америки|Сполучені Штати|Соединенные Штаты Америки|Соединенные Штаты|Америка|États-Unis|Vereinigte Staaten',
    abbr: 'США USA US',
    adj: 'американськ американск amerykańsk amerikanisch américain American',
    demonym: 'американц Amerikaner',
  },
  GB: {
    names:
      'Британія|Британия|Сполучене Королівство|Соединенное Королевство|Britain|Britannia|Brytania|Royaume-Uni|Grande-Bretagne',
    abbr: 'UK',
    adj: 'британськ британск brytyjsk britisch britannique British',
    demonym: 'британц Briten',
  },
  DE: {
    names: 'Німеччина|Германия|Niemcy|Deutschland|Allemagne|Germany',
    abbr: 'ФРН ФРГ',
    adj: 'німецьк немецк niemieck deutsch allemand German',
    demonym: 'німц немц Niemc Deutschen',
  },
  FR: { adj: 'французьк французск francusk französisch français French', demonym: 'француз Francuz Franzosen' },
  PL: { stems: 'polsc', adj: 'польськ польск polsk polnisch polonais Polish', demonym: 'поляк Polak Polen' },
  IT: { adj: 'італійськ итальянск włosk italienisch italien Italian', demonym: 'італійц итальянц' },
  ES: { adj: 'іспанськ испанск hiszpańsk spanisch espagnol Spanish', demonym: 'іспанц испанц' },
  NL: {
    names: 'Голландія|Голландия|Holland',
    adj: 'нідерландськ нидерландск голландськ голландск holendersk niederländisch néerlandais Dutch',
  },
  BE: { adj: 'бельгійськ бельгийск belgijsk belgisch belge Belgian' },
  AT: { adj: 'австрійськ австрийск austriack österreichisch autrichien Austrian' },
  CH: { adj: 'швейцарськ швейцарск szwajcarsk schweizerisch suisse Swiss' },
  CZ: { adj: 'чеськ чешск czesk tschechisch tchèque Czech' },
  SK: { adj: 'словацьк словацк słowack slowakisch slovaque Slovak' },
  HU: { adj: 'угорськ венгерск węgiersk ungarisch hongrois Hungarian' },
  RO: { adj: 'румунськ румынск rumuńsk rumänisch roumain Romanian' },
  BG: { adj: 'болгарськ болгарск bułgarsk bulgarisch bulgare Bulgarian' },
  RS: { adj: 'сербськ сербск serbsk serbisch serbe Serbian' },
  GR: { adj: 'грецьк греческ greck griechisch grec Greek' },
  SE: { adj: 'шведськ шведск szwedzk schwedisch suédois Swedish' },
  NO: { adj: 'норвезьк норвежск norwesk norwegisch norvégien Norwegian' },
  FI: { adj: 'фінськ финск fińsk finnisch finlandais Finnish' },
  DK: { adj: 'данськ датск duńsk dänisch danois Danish' },
  EE: { adj: 'естонськ эстонск estońsk estnisch estonien Estonian' },
  LV: { adj: 'латвійськ латвийск łotewsk lettisch letton Latvian' },
  LT: { adj: 'литовськ литовск litewsk litauisch lituanien Lithuanian' },
  GE: { adj: 'грузинськ грузинск gruzińsk georgisch géorgien Georgian' },
  AM: { adj: 'вірменськ армянск ormiańsk armenisch arménien Armenian' },
  AZ: { adj: 'азербайджанськ азербайджанск azerbejdżańsk aserbaidschanisch azerbaïdjanais Azerbaijani' },
  TR: { names: 'Турція|Türkiye', adj: 'турецьк турецк tureck türkisch turc Turkish' },
  IR: { adj: 'іранськ иранск irańsk iranisch iranien Iranian' },
  IL: {
    names: 'Ізраїль|Израиль',
    adj: 'ізраїльськ израильск izraelsk israelisch israélien Israeli',
    demonym: 'ізраїльтян израильтян',
  },
  PS: {
    names: 'Палестина|Palestine|Palästina',
    adj: 'палестинськ палестинск palestyńsk palästinensisch palestinien Palestinian',
  },
  SY: { names: 'Syrien', adj: 'сирійськ сирийск syryjsk syrisch syrien Syrian' },
  IQ: { adj: 'іракськ иракск irack irakisch irakien Iraqi' },
  SA: { names: 'Саудівська Аравія|Саудовская Аравия', adj: 'саудівськ саудовск saudyjsk saudisch saoudien Saudi' },
  AE: { abbr: 'ОАЕ ОАЭ UAE', adj: 'еміратськ эмиратск Emirati' },
  QA: { adj: 'катарськ катарск katarsk katarisch qatari Qatari' },
  EG: { adj: 'єгипетськ египетск egipsk ägyptisch égyptien Egyptian' },
  LB: { adj: 'ліванськ ливанск libańsk libanesisch libanais Lebanese' },
  AF: { adj: 'афганськ афганск afgańsk afghanisch afghan Afghan' },
  CN: {
    names: 'Китай|Chiny|China|Chine',
    abbr: 'КНР PRC',
    adj: 'китайськ китайск chińsk chinesisch chinois Chinese',
    demonym: 'китайц Chińczyk',
  },
  JP: { adj: 'японськ японск japońsk japanisch japonais Japanese' },
  KR: {
    names: 'Південна Корея|Южная Корея|Korea Południowa|Südkorea|Corée du Sud|South Korea',
    adj: 'південнокорейськ южнокорейск południowokoreańsk südkoreanisch sud-coréen South_Korean',
  },
  KP: {
    names: 'Північна Корея|Северная Корея|Korea Północna|Nordkorea|Corée du Nord|North Korea',
    abbr: 'КНДР DPRK',
    adj: 'північнокорейськ северокорейск północnokoreańsk nordkoreanisch nord-coréen North_Korean',
  },
  IN: { adj: 'індійськ индийск indyjsk indisch indien Indian' },
  PK: { adj: 'пакистанськ пакистанск pakistańsk pakistanisch pakistanais Pakistani' },
  CA: { adj: 'канадськ канадск kanadyjsk kanadisch canadien Canadian' },
  MX: { adj: 'мексиканськ мексиканск meksykańsk mexikanisch mexicain Mexican' },
  BR: { adj: 'бразильськ бразильск brazylijsk brasilianisch brésilien Brazilian' },
  AR: { adj: 'аргентинськ аргентинск argentyńsk argentinisch argentin Argentine Argentinian' },
  VE: { adj: 'венесуельськ венесуэльск wenezuelsk venezolanisch vénézuélien Venezuelan' },
  UZ: { adj: 'узбецьк узбекск uzbeck usbekisch ouzbek Uzbek' },
  KG: {
    names: 'Кыргызстан|Киргизстан|Киргизия|Kyrgyzstan|Kirgistan|Kirgizja',
    adj: 'киргизьк киргизск kirgisk kirgisisch kirghize Kyrgyz',
  },
  TJ: { adj: 'таджицьк таджикск tadżyck tadschikisch tadjik Tajik' },
  TM: { adj: 'туркменськ туркменск turkmeńsk turkmenisch turkmène Turkmen' },
  AU: { adj: 'австралійськ австралийск australijsk australisch australien Australian' },
  ZA: {
    abbr: 'ПАР ЮАР RPA',
    adj: 'південноафриканськ южноафриканск południowoafrykańsk südafrikanisch sud-africain South_African',
  },
  NG: { adj: 'нігерійськ нигерийск nigeryjsk nigerianisch nigérian Nigerian' },
  IE: { adj: 'ірландськ ирландск irlandzk irisch irlandais Irish' },
  PT: { adj: 'португальськ португальск portugalsk portugiesisch portugais Portuguese' },
  HR: { adj: 'хорватськ хорватск chorwack kroatisch croate Croatian' },
  SI: { adj: 'словенськ словенск słoweńsk slowenisch slovène Slovenian' },
  VN: { adj: "в'єтнамськ вьетнамск wietnamsk vietnamesisch vietnamien Vietnamese" },
  YE: { adj: 'єменськ йеменск jemeńsk jemenitisch yéménite Yemeni' },
  LY: { adj: 'лівійськ ливийск libijsk libysch libyen Libyan' },
  SD: { adj: 'суданськ суданск sudańsk sudanesisch soudanais Sudanese' },
};

/** Country names that are also common words or given names; they need a mid-sentence, stand-alone mention. */
export const AMBIGUOUS_COUNTRY_WORDS: ReadonlySet<string> = new Set([
  'того',
  'чад',
  'мали',
  'гана',
  'перу',
  'куба',
  'chad',
  'jordan',
  'georgia',
  'guinea',
  'mali',
  'togo',
  'jersey',
  'guernsey',
  'man',
  'tschad',
  'tchad',
  'niger',
  'dominica',
  'monaco',
  'chile',
  'panama',
  'samoa',
  'nauru',
  'jordanie',
  'jordanien',
]);
