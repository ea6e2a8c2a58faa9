import { stopwordsFor } from '../keywords/stopwords';
import { LexiconMatch } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { OrganisationMention } from '../types';
import { NOT_ORGANISATION_ABBREVIATIONS } from './data/not-organisation-abbreviations';
import { COUNTRY_ABBREVIATIONS } from './found-orgs';
import { OrganisationTally } from './organisation-tally';

/**
 * Companies named with their legal form, which says "organisation" whatever the name: ТОВ «Укргеоекологія»,
 * ПАТ «Укртрансгаз», ООО «Газпром добыча», Tolexis Trading Limited, Siemens Energy AG.
 */
export const CYRILLIC_LEGAL_FORMS =
  'ТОВ|ТзОВ|ПАТ|ПрАТ|ПуАТ|ВАТ|ЗАТ|АТ|ДП|ДАК|ДК|КП|КНП|ПП|СП|ІП|НАК|ФГ|СФГ|ООО|ОАО|ЗАО|ПАО|АО|НАО|НК|ГК|ФГУП|ГУП|МУП|АНО|ИП|ТД|ВО|ГО|БФ';
/** The quoted name runs to the first closing quote, so a nested opening one stays inside: ТОВ «НВП «Укртрансбуд». */
const QUOTED_NAME = '«[^»\\n]{1,80}»|"[^"\\n]{1,80}"|„[^“”\\n]{1,80}[“”]|“[^”\\n]{1,80}”';
/**
 * Any capital-letter abbreviation before a capitalised quoted name is the body's kind, as a legal form is (ФОК «Олімпія»,
 * КЛПУ «Обласна лікарня», СГПП «Рать»); so is a kind spelled out with a capital (Державне підприємство «Документ»).
 */
const KIND_ABBREVIATION = '[А-ЯЁІЇЄҐ]{2,7}';
const SPELLED_KIND =
  "[А-ЯЁІЇЄҐ][\\p{Ll}'’]+\\s+(?:підприємств|організаці|товариств|об['’]єднанн|установ|предприяти|организаци|обществ|объединени|учреждени)\\p{Ll}*";
const CAPITALISED_QUOTED =
  '«\\s?[\\p{Lu}\\d][^»\\n]{0,79}»|"\\s?[\\p{Lu}\\d][^"\\n]{0,79}"|„[\\p{Lu}\\d][^“”\\n]{0,79}[“”]';
/** Text that ends in a kind this detector reads with the quoted name after it. */
export const ENDS_IN_KIND = new RegExp(
  `(?<![\\p{L}\\d])(?:${CYRILLIC_LEGAL_FORMS}|${KIND_ABBREVIATION}|${SPELLED_KIND})\\s+$`,
  'u',
);
// Every form, kind and spelled kind opens with a Cyrillic capital: testing for one first spares the look-behind elsewhere.
const CYRILLIC_LEGAL = new RegExp(
  `(?=[А-ЯЁІЇЄҐ])(?<![\\p{L}\\d])(?:(?:${CYRILLIC_LEGAL_FORMS})\\s+(?:${QUOTED_NAME})|(?:(?<kind>${KIND_ABBREVIATION})|${SPELLED_KIND})\\s+(?:${CAPITALISED_QUOTED}))`,
  'gu',
);
const LATIN_FORMS =
  'GmbH|AG|Ltd|Limited|Inc|LLC|PLC|plc|S\\.A\\.|SE|N\\.V\\.|B\\.V\\.|Corp|Corporation|KG|S\\.p\\.A\\.|SpA|ASA|Oyj|LLP';
const LATIN_LEGAL = new RegExp(
  `(?<![\\p{L}\\d])(?:[\\p{Lu}\\d][\\p{L}\\d&'’.-]*\\s+){1,4}(?:${LATIN_FORMS})(?![\\p{L}\\d])\\.?`,
  'gu',
);
/** Every Latin match ends in a legal form, which most texts lack: looking for it first spares the costly full scan. */
const LATIN_FORM_PRESENT = new RegExp(`(?:${LATIN_FORMS})(?![\\p{L}\\d])`, 'u');
const WEIGHT = 0.6;

/** A country (РФ «…»), a thing (ФЗ «…») or a known body (РИА «Новости») before a quotation is not a kind. */
const notAKind = (kind: string, first: number, known: ReadonlySet<number>) =>
  known.has(first) || NOT_ORGANISATION_ABBREVIATIONS.has(kind.toLowerCase()) || COUNTRY_ABBREVIATIONS.has(kind);

export function findLegalFormOrgs(
  text: string,
  tokens: Token[],
  language: string,
  known: ReadonlySet<number> = new Set(),
): { organisations: OrganisationMention[]; spans: LexiconMatch<null>[] } {
  const spans: LexiconMatch<null>[] = [];
  const tally = new OrganisationTally(language, WEIGHT, 'company');
  for (const match of [
    ...text.matchAll(CYRILLIC_LEGAL),
    ...(LATIN_FORM_PRESENT.test(text) ? text.matchAll(LATIN_LEGAL) : []),
  ]) {
    // A capitalised article or pronoun opens the sentence, not the name: Die AG, The Ltd.
    const opener = /^(\p{L}+)\s+/u.exec(match[0]);
    const skip = opener && stopwordsFor(language).has(opener[1].toLowerCase()) ? opener[0].length : 0;
    const name = match[0]
      .slice(skip)
      .replace(/\s+/g, ' ')
      .replace(/« /g, '«')
      .replace(/ »/g, '»')
      .replace(/\.$/, '')
      .trim();
    if (!/\s/.test(name)) continue;
    const start = match.index + skip;
    const end = start + match[0].length;
    const first = tokens.findIndex((t) => t.start >= start);
    const last = tokens.findLastIndex((t) => t.end <= end);
    if (first < 0 || last < first || (match.groups?.kind && notAKind(match.groups.kind, first, known))) continue;
    spans.push({ value: null, first, last, surface: name });
    tally.add(name, name.toLowerCase().replace(/[«»"„“”]/g, ''));
  }
  return { organisations: tally.organisations(), spans };
}
