/**
 * Lists every wrong person or organisation on a public set, one per line, for finding the largest classes of error:
 * FP (no gold entity shares a word), PARTIAL (shares a word with one: a glued or missing part), DUP (an entity already
 * matched) and FN (a gold entity not found), each with the text around its first occurrence. Matching is
 * score-public's. `--half=1` or `--half=2` keeps the first or second half of the documents, so classes can be found
 * on one half and the fix confirmed on the other; ner-uk-dev is ner-uk's DEV split, which the eval does not score.
 * Run: bash tools/run-ts.sh tools/article-classification/public/people-errors.ts ner-uk|ner-uk-dev|factrueval|wikigold
 *      [organisations] [--half=1|2]
 */
import { classifyArticle } from '@newsflow/article-classification';

import { halfOf, loadFactRuEval, loadNerUk, loadWikigold, PublicDocument } from './public-sets';
import { Entity, goldEntities, matchesEntity, sameWord, wordKeys } from './score-public';

const SETS = {
  'ner-uk': loadNerUk,
  'ner-uk-dev': () => loadNerUk(undefined, 'DEV'),
  factrueval: loadFactRuEval,
  wikigold: loadWikigold,
};
const CONTEXT = 60;

function around(text: string, name: string): string {
  const at = text.indexOf(name.split(' ')[0]);
  return at < 0 ? '' : text.slice(Math.max(0, at - CONTEXT), at + CONTEXT).replace(/\s+/g, ' ');
}

const sharesWord = (name: string, entity: Entity) =>
  wordKeys(name).some((k) => entity.some((mention) => mention.some((w) => sameWord(w, k))));

interface Found {
  names: string[];
  note: string;
}

function foundAndGold(doc: PublicDocument, organisations: boolean): { found: Found[]; gold: Entity[] } {
  const text = doc.paragraphs.join('\n');
  const result = classifyArticle({ title: '', language: doc.language, paragraphs: doc.paragraphs, body: text });
  if (!organisations)
    return {
      found: result.people.map((p) => ({ names: [p.name], note: p.role ?? '' })),
      gold: goldEntities(
        doc.people.map((person) => [person]),
        true,
      ),
    };
  return {
    found: result.organisations.map((o) => ({
      names: o.abbreviation ? [o.name, o.abbreviation] : [o.name],
      note: o.category ?? '',
    })),
    gold: goldEntities(
      doc.organisations.map((o, i) => [o, doc.organisationNames?.[i] ?? o]),
      false,
    ),
  };
}

function report(setName: keyof typeof SETS, organisations: boolean, half: string | undefined): void {
  const set = SETS[setName]();
  if (!set) return console.log(`${setName}: not in the cache`);
  for (const doc of halfOf(set.documents, half)) {
    const text = doc.paragraphs.join('\n');
    const { found, gold } = foundAndGold(doc, organisations);
    const unmatched = [...gold];
    for (const { names, note } of found) {
      const index = unmatched.findIndex((e) => matchesEntity(names, e));
      if (index >= 0) {
        unmatched.splice(index, 1);
        continue;
      }
      const kind = gold.some((e) => matchesEntity(names, e))
        ? 'DUP'
        : gold.some((e) => names.some((n) => sharesWord(n, e)))
          ? 'PARTIAL'
          : 'FP';
      console.log(['FP', doc.id, kind, names.join('|'), note, around(text, names[0])].join('\t'));
    }
    for (const entity of unmatched) {
      const names = entity.map((m) => m.join(' '));
      console.log(['FN', doc.id, names.join('|'), '', around(text.toLowerCase(), names[0])].join('\t'));
    }
  }
}

const half = process.argv.find((a) => a.startsWith('--half='))?.slice('--half='.length);
report((process.argv[2] ?? 'ner-uk') as keyof typeof SETS, process.argv.includes('organisations'), half);
