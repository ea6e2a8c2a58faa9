import { LexiconMatch, surfaceOf } from '../text/lexicon-matcher';
import { FoundOrgs, OrgText, withCountry } from './found-orgs';
import { OrganisationTally } from './organisation-tally';

/**
 * Ukrainian and Russian bodies are often named by a compound of clipped words: Рос|комнадзор, Мін|юст, Укр|газбанк,
 * Держ|фінінспекція, Нафто|газ. A capitalised word that joins a clipped state or sector stem to a clipped field
 * stem is such a name; a word that only starts like one (Росія, Мінськ, Ростислав, Медведєв) joins no field stem.
 */
const STATE_STEMS = 'рос|рус|мос|укр|гос|мин|мін|держ|газ|нафто|нефте|энерго|енерго|агро|пром|обл|ген|сбер|ощад|внеш';
const FIELD_STEMS = [
  ...['ком', 'стат', 'нефт', 'нафт', 'газ', 'банк', 'телеком', 'энерг', 'енерг', 'юст', 'фин', 'фін', 'обр', 'пром'],
  ...['регион', 'регіон', 'сельхоз', 'сільгосп', 'транс', 'авто', 'дор', 'зем', 'резерв', 'інвест', 'инвест'],
  ...['інспек', 'инспек', 'атом', 'космос', 'балт', 'труд', 'потреб', 'нагляд', 'надзор', 'залізн', 'экс', 'екс'],
  ...['фільм', 'фильм', 'агро', 'маш', 'буд', 'строй', 'торг', 'связ', 'здрав', 'оборон', 'природ', 'культ', 'спорт'],
  ...['хим', 'хім', 'лес', 'ліс', 'гидро', 'гідро', 'соц', 'экон', 'екон', 'ресурс', 'палив', 'гор', 'медиа', 'медіа'],
  ...['авиа', 'авіа', 'морфлот', 'рыб', 'риб', 'вод', 'тепл', 'недр', 'надр', 'кабел', 'нерг', 'цифр', 'мист'],
  ...['прокур', 'штаб', 'деп', 'сім', 'освіт', 'молод', 'вет', 'реінтегр', 'стратег'],
];
// An apostrophe may stand inside the field word: Мінсім'ї.
const CLIPPED_COMPOUND = new RegExp(`^(?:${STATE_STEMS})(?:${FIELD_STEMS.join('|')})[\\p{L}'’ʼ]*$`, 'u');
/** Case endings are at most three letters: Роскомнадзор, Роскомнадзора and Роскомнадзором are one body. */
const MAX_ENDING = 3;
const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n += 1;
  return n;
};
const WEIGHT = 0.5;

export function findClippedCompoundOrgs({ tokens, blocked, language, places }: OrgText): FoundOrgs {
  const spans: LexiconMatch<null>[] = [];
  if (language !== 'uk' && language !== 'ru') return { organisations: [], spans };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (blocked.has(i) || !token.capitalised || token.upper || !CLIPPED_COMPOUND.test(token.norm)) continue;
    // A hyphenated tail belongs to the name: Газпром-Медиа.
    const tail = tokens[i + 1]?.hyphenBefore && tokens[i + 1].capitalised && !blocked.has(i + 1) ? i + 1 : i;
    const last = withCountry(tokens, tail, places);
    spans.push({ value: null, first: i, last, surface: surfaceOf(tokens, i, last) });
    i = last;
  }
  const tally = new OrganisationTally(language, WEIGHT, 'other');
  const keys: string[] = [];
  for (const span of spans) {
    const form = span.surface.toLowerCase();
    const key = keys.find((k) => commonPrefix(k, form) >= Math.max(k.length, form.length) - MAX_ENDING) ?? form;
    if (key === form) keys.push(form);
    tally.add(span.surface, key);
  }
  return { organisations: tally.organisations(), spans };
}
