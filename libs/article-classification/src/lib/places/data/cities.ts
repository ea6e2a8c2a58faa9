/**
 * Major cities and regions that news names without their country. Forms are '|'-separated; Cyrillic forms are
 * inflected automatically, '!' marks an extra stem for irregular or Polish oblique forms (Києв-а, Kijow-ie).
 * adj: region adjective stems that name the region only next to a word such as область/oblast (Херсонської області).
 */
export interface CityData {
  slug: string;
  name: string;
  country: string;
  forms: string;
  /** ISO 3166-2 region this city names when followed by a region word (Kherson region), or that it is. */
  region?: string;
  regionName?: string;
  adj?: string;
}

export const CITIES: CityData[] = [
  { slug: 'kyiv', name: 'Kyiv', country: 'UA', forms: 'Київ|!Києв|Киев|Kyiv|Kiev|Kijów|!Kijow|Kiew', region: 'UA-32', regionName: 'Kyiv Oblast', adj: 'київськ киевск kijowsk' },
  { slug: 'kharkiv', name: 'Kharkiv', country: 'UA', forms: 'Харків|!Харков|Харьков|Kharkiv|Charkiw|Charków|!Charkow|Kharkov', region: 'UA-63', regionName: 'Kharkiv Oblast', adj: 'харківськ харьковск charkowsk' },
  { slug: 'odesa', name: 'Odesa', country: 'UA', forms: 'Одеса|Одесса|Odesa|Odessa', region: 'UA-51', regionName: 'Odesa Oblast', adj: 'одеськ одесск odesk' },
  { slug: 'lviv', name: 'Lviv', country: 'UA', forms: 'Львів|!Львов|Lviv|Lwiw|Lwów|!Lwow|Lemberg', region: 'UA-46', regionName: 'Lviv Oblast', adj: 'львівськ львовск lwowsk' },
  { slug: 'dnipro', name: 'Dnipro', country: 'UA', forms: 'Дніпро|Днепр|Dnipro|Dnipro', region: 'UA-12', regionName: 'Dnipropetrovsk Oblast', adj: 'дніпропетровськ днепропетровск dniepropietrowsk' },
  { slug: 'donetsk', name: 'Donetsk', country: 'UA', forms: 'Донецьк|Донецк|Donetsk|Donezk|Donieck', region: 'UA-14', regionName: 'Donetsk Oblast', adj: 'донецьк донецк doniecki' },
  { slug: 'luhansk', name: 'Luhansk', country: 'UA', forms: 'Луганськ|Луганск|Luhansk|Lugansk|Ługańsk', region: 'UA-09', regionName: 'Luhansk Oblast', adj: 'луганськ луганск ługańsk' },
  { slug: 'zaporizhzhia', name: 'Zaporizhzhia', country: 'UA', forms: 'Запоріжжя|Запорожье|Zaporizhzhia|Saporischschja|Zaporoże', region: 'UA-23', regionName: 'Zaporizhzhia Oblast', adj: 'запорізьк запорожск zaporoski' },
  { slug: 'kherson', name: 'Kherson', country: 'UA', forms: 'Херсон|Kherson|Cherson', region: 'UA-65', regionName: 'Kherson Oblast', adj: 'херсонськ херсонск chersońsk' },
  { slug: 'mykolaiv', name: 'Mykolaiv', country: 'UA', forms: 'Миколаїв|!Миколаєв|Николаев|Mykolaiv|Mikołajów', region: 'UA-48', regionName: 'Mykolaiv Oblast', adj: 'миколаївськ николаевск mikołajowsk' },
  { slug: 'sumy', name: 'Sumy', country: 'UA', forms: 'Суми|!Сум|Сумы|Sumy', region: 'UA-59', regionName: 'Sumy Oblast', adj: 'сумськ сумск' },
  { slug: 'chernihiv', name: 'Chernihiv', country: 'UA', forms: 'Чернігів|!Чернігов|Чернигов|Chernihiv|Czernihów', region: 'UA-74', regionName: 'Chernihiv Oblast', adj: 'чернігівськ черниговск' },
  { slug: 'poltava', name: 'Poltava', country: 'UA', forms: 'Полтава|Poltava|Połtawa', region: 'UA-53', regionName: 'Poltava Oblast', adj: 'полтавськ полтавск' },
  { slug: 'vinnytsia', name: 'Vinnytsia', country: 'UA', forms: 'Вінниця|Винница|Vinnytsia|Winnica', region: 'UA-05', regionName: 'Vinnytsia Oblast', adj: 'вінницьк винницк' },
  { slug: 'zhytomyr', name: 'Zhytomyr', country: 'UA', forms: 'Житомир|Zhytomyr|Żytomierz', region: 'UA-18', regionName: 'Zhytomyr Oblast', adj: 'житомирськ житомирск' },
  { slug: 'mariupol', name: 'Mariupol', country: 'UA', forms: 'Маріуполь|Мариуполь|Mariupol|Mariupol' },
  { slug: 'bakhmut', name: 'Bakhmut', country: 'UA', forms: 'Бахмут|Bakhmut|Bachmut' },
  { slug: 'sevastopol', name: 'Sevastopol', country: 'UA', forms: 'Севастополь|Sevastopol|Sewastopol', region: 'UA-40', regionName: 'Sevastopol' },
  { slug: 'crimea', name: 'Crimea', country: 'UA', forms: 'Крим|Крым|Crimea|Krim|Krym|Crimée', region: 'UA-43', regionName: 'Crimea' },
  { slug: 'moscow', name: 'Moscow', country: 'RU', forms: 'Москва|Moscow|Moskau|Moskwa|Moscou', adj: 'московськ московск moskiewsk' , region: 'RU-MOS', regionName: 'Moscow Oblast' },
  { slug: 'saint-petersburg', name: 'Saint Petersburg', country: 'RU', forms: 'Санкт-Петербург|Петербург|Saint Petersburg|St Petersburg|Sankt Petersburg|Petersburg|Petersburga|Saint-Pétersbourg' },
  { slug: 'belgorod', name: 'Belgorod', country: 'RU', forms: 'Бєлгород|Белгород|Belgorod|Biełgorod', region: 'RU-BEL', regionName: 'Belgorod Oblast', adj: 'бєлгородськ белгородск' },
  { slug: 'kursk', name: 'Kursk', country: 'RU', forms: 'Курськ|Курск|Kursk', region: 'RU-KRS', regionName: 'Kursk Oblast', adj: 'курськ курск' },
  { slug: 'grozny', name: 'Grozny', country: 'RU', forms: 'Грозний|Грозный|Grozny|Grosny' },
  { slug: 'astana', name: 'Astana', country: 'KZ', forms: 'Астана|Astana' },
  { slug: 'almaty', name: 'Almaty', country: 'KZ', forms: 'Алмати|Алматы|Almaty|Ałmaty' },
  { slug: 'minsk', name: 'Minsk', country: 'BY', forms: 'Мінськ|Минск|Minsk|Mińsk' },
  { slug: 'chisinau', name: 'Chisinau', country: 'MD', forms: 'Кишинів|!Кишинев|Кишинев|Chisinau|Chișinău|Kiszyniów|Kischinau' },
  { slug: 'warsaw', name: 'Warsaw', country: 'PL', forms: 'Варшава|Warsaw|Warschau|Warszawa|!Warszaw|Varsovie' },
  { slug: 'krakow', name: 'Kraków', country: 'PL', forms: 'Краків|!Кракові|Краков|Krakow|Kraków|!Krakow|Krakau|Cracovie' },
  { slug: 'berlin', name: 'Berlin', country: 'DE', forms: 'Берлін|Берлин|Berlin' },
  { slug: 'munich', name: 'Munich', country: 'DE', forms: 'Мюнхен|Munich|München|Monachium' },
  { slug: 'paris', name: 'Paris', country: 'FR', forms: 'Париж|Paris|Paryż|!Paryż' },
  { slug: 'london', name: 'London', country: 'GB', forms: 'Лондон|London|Londyn|Londres' },
  { slug: 'washington', name: 'Washington', country: 'US', forms: 'Вашингтон|Washington|Waszyngton' },
  { slug: 'new-york', name: 'New York', country: 'US', forms: 'Нью-Йорк|New York|Nowy Jork|!Nowym Jorku' },
  { slug: 'brussels', name: 'Brussels', country: 'BE', forms: 'Брюссель|Brussels|Brüssel|Bruksela|Bruxelles' },
  { slug: 'vienna', name: 'Vienna', country: 'AT', forms: 'Відень|!Відн|Вена|Vienna|Wien|Wiedeń|!Wiedn|Vienne' },
  { slug: 'geneva', name: 'Geneva', country: 'CH', forms: 'Женева|Geneva|Genf|Genewa|Genève' },
  { slug: 'rome', name: 'Rome', country: 'IT', forms: 'Рим|Rome|Rom|Rzym' },
  { slug: 'madrid', name: 'Madrid', country: 'ES', forms: 'Мадрид|Madrid|Madryt' },
  { slug: 'prague', name: 'Prague', country: 'CZ', forms: 'Прага|Prague|Prag|Praga' },
  { slug: 'budapest', name: 'Budapest', country: 'HU', forms: 'Будапешт|Budapest|Budapeszt' },
  { slug: 'bucharest', name: 'Bucharest', country: 'RO', forms: 'Бухарест|Bucharest|Bukarest|Bukareszt|Bucarest' },
  { slug: 'vilnius', name: 'Vilnius', country: 'LT', forms: 'Вільнюс|Вильнюс|Vilnius|Wilno|Wilna' },
  { slug: 'riga', name: 'Riga', country: 'LV', forms: 'Рига|Riga|Ryga' },
  { slug: 'tallinn', name: 'Tallinn', country: 'EE', forms: 'Таллінн|Таллин|Tallinn|Tallin' },
  { slug: 'helsinki', name: 'Helsinki', country: 'FI', forms: 'Гельсінкі|Хельсинки|Helsinki' },
  { slug: 'stockholm', name: 'Stockholm', country: 'SE', forms: 'Стокгольм|Stockholm|Sztokholm' },
  { slug: 'tbilisi', name: 'Tbilisi', country: 'GE', forms: 'Тбілісі|Тбилиси|Tbilisi|Tiflis' },
  { slug: 'yerevan', name: 'Yerevan', country: 'AM', forms: 'Єреван|Ереван|Yerevan|Eriwan|Erywań|Erevan' },
  { slug: 'baku', name: 'Baku', country: 'AZ', forms: 'Баку|Baku|Bakou' },
  { slug: 'tashkent', name: 'Tashkent', country: 'UZ', forms: 'Ташкент|Tashkent|Taschkent|Taszkent|Tachkent' },
  { slug: 'ankara', name: 'Ankara', country: 'TR', forms: 'Анкара|Ankara' },
  { slug: 'istanbul', name: 'Istanbul', country: 'TR', forms: 'Стамбул|Istanbul|Stambuł|!Stambule' },
  { slug: 'tehran', name: 'Tehran', country: 'IR', forms: 'Тегеран|Tehran|Teheran|Téhéran' },
  { slug: 'jerusalem', name: 'Jerusalem', country: 'IL', forms: 'Єрусалим|Иерусалим|Jerusalem|Jerozolima|Jérusalem' },
  { slug: 'tel-aviv', name: 'Tel Aviv', country: 'IL', forms: 'Тель-Авів|Тель-Авив|Tel Aviv|Tel Awiw' },
  { slug: 'gaza', name: 'Gaza', country: 'PS', forms: 'Газа|Gaza|Strefa Gazy|Gazastreifen' },
  { slug: 'beijing', name: 'Beijing', country: 'CN', forms: 'Пекін|Пекин|Beijing|Peking|Pekin|Pékin' },
  { slug: 'tokyo', name: 'Tokyo', country: 'JP', forms: 'Токіо|Токио|Tokyo|Tokio' },
  { slug: 'kabul', name: 'Kabul', country: 'AF', forms: 'Кабул|Kabul|Kaboul' },
];

/** Words after which a region adjective or city name denotes the region (область, oblast, obwód, region). */
export const REGION_WORDS = ['област', 'обласн', 'oblast', 'obwod', 'obwód', 'region', 'регіон', 'регион'];
