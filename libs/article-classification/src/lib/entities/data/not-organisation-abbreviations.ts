/**
 * Capital-letter abbreviations that name a thing, a unit, a currency, a territory or a time, not a body: ЗМІ, ВВП,
 * CEO, MVP. Lower-cased. Countries and organisations in the lexicons are matched before this list is consulted.
 */
export const NOT_ORGANISATION_ABBREVIATIONS = new Set(
  [
    // Ukrainian
    'змі пдв зно вно ато оос жкг дтп ввп впк апк ссср срср урср днр лнр унр орлдо сзч пмж фоп жк азс ппо гтс грві орві нмт',
    // Russian
    'сми ндс жкх кндр кнр фрг гдр юар нкао нкр рсфср пмр про фз вич спид ип гост грви орви егэ огэ',
    // Latin: English, and gross domestic product in Polish, French and German
    'pkb pib bip',
    'ceo cfo cto coo vip mvp era rbi ep lp cd dvd tv hd uhd lte gsm gps usb pc ai it pr hr ipo gdp usd eur gbp uah rub',
    'am pm bc ad ce bce est gmt utc dj mc mp mep mla mpp md phd ba ma bsc msc ko tko id pin dna rna aids hiv covid sars',
    'suv atv bmx pos ost ok us usa uk eu ussr nyc la dc sr jr st ft mph km kg rpm faq pdf html url api os ios vs',
  ]
    .join(' ')
    .split(' '),
);
