import { Token } from '../text/tokenize';
import { ENDS_IN_KIND } from './legal-form-orgs';

// Head nouns that introduce an organisation's own name in quotes: компанія «Енергоатом», газета «Ведомости», party "Servant of the People".
const HEAD_NOUN =
  /(?:^|[^\p{L}])(телекомпані\p{L}*|телеканал\p{L}*|радіостанці\p{L}*|радиостанци\p{L}*|газет\p{L}*|журнал\p{L}*|видавництв\p{L}*|издательств\p{L}*|медіахолдинг\p{L}*|медиахолдинг\p{L}*|соцмереж\p{L}*|соцсет\p{L}*|фракці\p{L}*|фракци\p{L}*|рух\p{L}{0,2}|движени\p{L}*|об'єднанн\p{L}*|объединени\p{L}*|організаці\p{L}*|организаци\p{L}*|федераці\p{L}*|федераци\p{L}*|ФК|СК|театр\p{L}*|завод\p{L}*|комбінат\p{L}*|комбинат\p{L}*|аеропорт\p{L}*|аэропорт\p{L}*|груп\p{L}*|товариств\p{L}*|обществ\p{L}*|newspaper|magazine|компані\p{L}*|корпораці\p{L}*|клуб\p{L}*|club|концерн\p{L}*|холдинг\p{L}*|парті\p{L}*|парти\p{L}*|фонд\p{L}*|агентств\p{L}*|банк\p{L}*|компани\p{L}*|company|party|group|firma|firmy|spółk\p{L}*|parti\p{L}*|Partei|Konzern\p{L}*|société|groupe)\s+$/iu;
// Nouns that introduce a work, an event or a thing in quotes, not a body: фільм «…», премия «…», операція «…».
const WORK_NOUN =
  /(?:^|[^\p{L}])(?:фільм|фильм|кінофільм|книг|книжк|роман|повіст|повест|поем|поэм|вірш|стих|пісн|песн|альбом|сингл|спектакл|вистав|опер|балет|п'єс|пьес|картин|полотн|серіал|сериал|програм|передач|шоу|проєкт|проект|операці|операци|премі|преми|конкурс|фестивал|закон|законопроект|законопроєкт|указ|постанов|постановлени|кампані|кампани|рубрик|статт|стать|колонк|виставк|выставк|корабел|судн|ракет|літак|самолет|поїзд|поезд|газопровод|трубопровод)\p{L}{0,3}\s+$/iu;
const QUOTED = /[«"„“]([^»"“”«\n]{2,60})[»"“”]/g;
/** How far before a quotation its head noun may start. */
const HEAD_WINDOW = 24;
/**
 * In Ukrainian and Russian news a short capitalised name in quotes with no head noun is mostly a company, channel,
 * club or party («Яндекс», «Единая Россия», «Динамо»): a title of a work is longer, punctuated, in sentence case
 * («Красные бабочки»), or after its own noun (фильм «…»). Sentence case counts when the name is quoted again.
 */
const BARE_LANGUAGES = new Set(['uk', 'ru']);
const BARE_MAX_WORDS = 3;
const BARE_MIN_LETTERS = 3;
const RECURRING_MENTIONS = 2;
const NOT_A_NAME = /[,!?:;…]|\.\s/u;
/** Case endings differ between mentions (Яндекс, Яндекса); the start of each word names the organisation. */
const STEM = 5;

export interface QuotedOrg {
  name: string;
  mentions: number;
  spans: { first: number; last: number; surface: string }[];
}

interface Candidate extends QuotedOrg {
  headed: boolean;
  work: boolean;
}

/** Organisations named in quotes: after a head noun (компанія «…»), or, in uk/ru, a short capitalised name alone. */
export function findQuotedOrgs(
  text: string,
  tokens: Token[],
  covered: (start: number) => boolean,
  language: string,
): QuotedOrg[] {
  const byStem = new Map<string, Candidate>();
  for (const match of text.matchAll(QUOTED)) {
    const before = text.slice(Math.max(0, match.index - HEAD_WINDOW), match.index);
    // A kind the legal-form detector reads takes the name with it: Громадська організація «…» is one name there.
    if (ENDS_IN_KIND.test(before)) continue;
    const name = match[1].trim();
    const start = match.index + 1 + match[1].indexOf(name);
    if (covered(start) || !/^[\p{Lu}\d]/u.test(name)) continue;
    const key = name
      .toLowerCase()
      .split(/\s+/)
      .map((w) => w.slice(0, STEM))
      .join(' ');
    const candidate = byStem.get(key) ?? { name, mentions: 0, spans: [], headed: false, work: false };
    candidate.mentions += 1;
    candidate.headed ||= HEAD_NOUN.test(before);
    candidate.work ||= WORK_NOUN.test(before);
    const first = firstToken(tokens, (t) => t.start >= start);
    const last = firstToken(tokens, (t) => t.end >= start + name.length);
    if (first >= 0 && last >= first) candidate.spans.push({ first, last, surface: name });
    byStem.set(key, candidate);
  }
  const bare = (c: Candidate) => {
    const words = c.name.split(/\s+/);
    return (
      BARE_LANGUAGES.has(language) &&
      !c.work &&
      words.length <= BARE_MAX_WORDS &&
      c.name.replace(/[^\p{L}]/gu, '').length >= BARE_MIN_LETTERS &&
      !NOT_A_NAME.test(c.name) &&
      (c.mentions >= RECURRING_MENTIONS || words.every((w) => /^[\p{Lu}\d]/u.test(w)))
    );
  };
  return [...byStem.values()]
    .filter((c) => c.headed || bare(c))
    .map(({ name, mentions, spans }) => ({ name, mentions, spans }));
}

/** The first token from which `from` holds, found by halving: tokens are in text order, and a page has many quotes. */
function firstToken(tokens: Token[], from: (token: Token) => boolean): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (from(tokens[middle])) high = middle;
    else low = middle + 1;
  }
  return low < tokens.length ? low : -1;
}
