import { classifyArticle } from '@newsflow/article-classification';

import { addCounts, compare, Counts, emptyCounts, normaliseName, prf } from '../metrics';
import { NominativeFigures, NominativeShare, nominativeShare } from './nominative-share';
import { compromiseNames, FoundNames, PEER_LANGUAGES } from './peer-compromise';
import { PublicDocument, PublicSet } from './public-sets';

/**
 * Matching rule: two words match when they share their first five letters (case, ё/е and apostrophes folded), so
 * "Порошенка" matches "Порошенко"; words shorter than six letters need all but their last letter (Петро and Петра,
 * Івана and Іван), because five letters are the whole of a short name and its case ending. A found name matches a gold entity when its words match, one for one and in
 * order, the words of one of that entity's mentions. Gold mentions in a document are grouped into entities when
 * one's words are a subset of another's (Порошенко ⊂ Петро Порошенко); organisations are grouped only when equal.
 * An organisation matches by its name or its abbreviation. Each gold entity can be matched once. factRuEval's
 * organisations follow its own scorer: a mention's name words alone match as well as the whole mention, and a found
 * organisation that matches only a mention the set ignores (no name, or inside another organisation) is not counted.
 */
const PREFIX = 5;
export const wordKeys = (name: string) =>
  normaliseName(name)
    .split(/[\s\-–—]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}']/gu, ''))
    .filter(Boolean);
export function sameWord(a: string, b: string): boolean {
  const length = Math.min(
    PREFIX,
    Math.max(1, Math.min(a.length, b.length) - (Math.min(a.length, b.length) <= PREFIX ? 1 : 0)),
  );
  return a.length === b.length && a.length <= 2 ? a === b : a.slice(0, length) === b.slice(0, length);
}
const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => sameWord(w, b[i]));

export type Entity = string[][];

/** Each mention is one or more forms of the same words (a factRuEval name with or without its descriptor). */
export function goldEntities(mentions: string[][], subsets: boolean): Entity[] {
  const keyed = mentions.map((forms) => forms.map(wordKeys).filter((k) => k.length > 0)).filter((f) => f.length > 0);
  keyed.sort((a, b) => b[0].length - a[0].length);
  const entities: Entity[] = [];
  for (const forms of keyed) {
    const home = entities.find((e) =>
      subsets
        ? forms[0].every((k) => e[0].some((w) => sameWord(w, k)))
        : forms.some((f) => e.some((m) => sameWords(m, f))),
    );
    if (home) home.push(...forms);
    else entities.push(forms);
  }
  return entities;
}

export const matchesEntity = (names: string[], entity: Entity) =>
  names.some((n) => entity.some((m) => sameWords(wordKeys(n), m)));

export interface DocumentResult {
  people: Counts;
  organisations: Counts;
  /** Correctly found people, as the classifier printed them. */
  correctPeople: string[];
}

export function scoreDocument(doc: PublicDocument): DocumentResult {
  return scoreFound(
    doc,
    classifyArticle({
      title: '',
      language: doc.language,
      paragraphs: doc.paragraphs,
      body: doc.paragraphs.join('\n\n'),
    }),
  );
}

function scoreFound(doc: PublicDocument, result: FoundNames): DocumentResult {
  const peopleGold = goldEntities(
    [...new Set(doc.people)].map((p) => [p]),
    true,
  );
  const correctPeople = result.people
    .filter((p) => peopleGold.some((e) => matchesEntity([p.name], e)))
    .map((p) => p.name);
  const organisationGold = goldEntities(
    doc.organisations.map((o, i) => [o, doc.organisationNames?.[i] ?? o]),
    false,
  );
  const ignored = goldEntities(
    (doc.ignoredOrganisations ?? []).map((o) => [o]),
    false,
  );
  const namesOf = (o: FoundNames['organisations'][number]) => (o.abbreviation ? [o.name, o.abbreviation] : [o.name]);
  const scored = result.organisations.filter(
    (o) =>
      organisationGold.some((e) => matchesEntity(namesOf(o), e)) || !ignored.some((e) => matchesEntity(namesOf(o), e)),
  );
  return {
    people: compare(result.people, peopleGold, (p, e) => matchesEntity([p.name], e)),
    organisations: compare(scored, organisationGold, (o, e) => matchesEntity(namesOf(o), e)),
    correctPeople,
  };
}

const line = (label: string, c: Counts) => {
  const { precision, recall, f1 } = prf(c);
  return `${label.padEnd(34)} P=${precision.toFixed(3)}  R=${recall.toFixed(3)}  F1=${f1.toFixed(3)}  (tp=${c.tp} fp=${c.fp} fn=${c.fn})`;
};

export interface SetFigures {
  people: Counts;
  organisations: Counts;
  /** The same figures for compromise, where it reads the set's language. */
  peer: { people: Counts; organisations: Counts } | null;
  nominative: NominativeShare | null;
  millisPerDocument: number;
}

export function scoreSet(set: PublicSet, verbose = false): SetFigures {
  const people = emptyCounts();
  const organisations = emptyCounts();
  const correct: string[] = [];
  const started = process.hrtime.bigint();
  for (const doc of set.documents) {
    const r = scoreDocument(doc);
    addCounts(people, r.people);
    addCounts(organisations, r.organisations);
    correct.push(...r.correctPeople);
    if (verbose) console.log(`  ${doc.id} people ${JSON.stringify(r.people)} orgs ${JSON.stringify(r.organisations)}`);
  }
  const millisPerDocument = Number(process.hrtime.bigint() - started) / 1e6 / Math.max(1, set.documents.length);
  const nominative = set.documents[0]?.language === 'uk' ? nominativeShare(correct) : null;
  return { people, organisations, peer: scorePeer(set), nominative, millisPerDocument };
}

function scorePeer(set: PublicSet): SetFigures['peer'] {
  if (!set.documents.every((d) => PEER_LANGUAGES.has(d.language))) return null;
  const people = emptyCounts();
  const organisations = emptyCounts();
  for (const doc of set.documents) {
    const r = scoreFound(doc, compromiseNames(doc));
    addCounts(people, r.people);
    addCounts(organisations, r.organisations);
  }
  return { people, organisations };
}

function printNominative(analysers: string, { anyReading, personReading }: NominativeFigures): void {
  const share = (n: number, t: number) => `${n}/${t} = ${(n / Math.max(1, t)).toFixed(3)}`;
  console.log(
    `  correctly found people in the nominative (${analysers}, any reading): ${share(anyReading.nominative, anyReading.total)}`,
  );
  console.log(
    `  … by a person's readings: ${share(personReading.nominative, personReading.total)}, ${personReading.unverifiable} unverifiable (no singular reading of a person)`,
  );
}

export function printSet(set: PublicSet, figures: SetFigures, verbose = false): void {
  console.log(`${set.name}: ${set.documents.length} documents (${set.source})`);
  console.log(line('  people', figures.people));
  console.log(line('  organisations', figures.organisations));
  if (figures.peer) {
    console.log(line('  peer compromise: people', figures.peer.people));
    console.log(line('  peer compromise: organisations', figures.peer.organisations));
  }
  if (figures.nominative) {
    const { apertium, withDictionary, oblique } = figures.nominative;
    printNominative('Apertium', apertium);
    if (withDictionary) printNominative('Apertium + VESUM dictionary', withDictionary);
    else console.log('  … VESUM dictionary not installed (fetch-ukrainian-dictionary.sh): Apertium alone');
    if (verbose) console.log(`  oblique by person readings: ${oblique.join('; ')}`);
  } else if (set.documents[0]?.language === 'uk')
    console.log('  nominative share: lt-proc with apertium-rus-ukr not installed');
  console.log(`  ${figures.millisPerDocument.toFixed(2)} ms per document`);
}
