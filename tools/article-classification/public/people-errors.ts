/**
 * Lists every wrong person on a public set, one per line, for finding the largest classes of error: FP (no gold
 * person shares a word), PARTIAL (shares a word with one: a glued or missing part), DUP (a person already matched)
 * and FN (a gold person not found), each with the text around its first occurrence. Matching is score-public's.
 * Run: bash tools/run-ts.sh tools/article-classification/public/people-errors.ts ner-uk|factrueval|wikigold
 */
import { classifyArticle } from '@newsflow/article-classification';

import { loadFactRuEval, loadNerUk, loadWikigold } from './public-sets';
import { Entity, goldEntities, matchesEntity, sameWord, wordKeys } from './score-public';

const SETS = { 'ner-uk': loadNerUk, factrueval: loadFactRuEval, wikigold: loadWikigold };
const CONTEXT = 60;

function around(text: string, name: string): string {
  const at = text.indexOf(name.split(' ')[0]);
  return at < 0 ? '' : text.slice(Math.max(0, at - CONTEXT), at + CONTEXT).replace(/\s+/g, ' ');
}

const sharesWord = (name: string, entity: Entity) =>
  wordKeys(name).some((k) => entity.some((mention) => mention.some((w) => sameWord(w, k))));

function report(setName: keyof typeof SETS): void {
  const set = SETS[setName]();
  if (!set) return console.log(`${setName}: not in the cache`);
  for (const doc of set.documents) {
    const text = doc.paragraphs.join('\n');
    const found = classifyArticle({ title: '', language: doc.language, paragraphs: doc.paragraphs, body: text });
    const gold = goldEntities(
      doc.people.map((person) => [person]),
      true,
    );
    const unmatched = [...gold];
    for (const person of found.people) {
      const index = unmatched.findIndex((e) => matchesEntity([person.name], e));
      if (index >= 0) {
        unmatched.splice(index, 1);
        continue;
      }
      const kind = gold.some((e) => matchesEntity([person.name], e))
        ? 'DUP'
        : gold.some((e) => sharesWord(person.name, e))
          ? 'PARTIAL'
          : 'FP';
      console.log(['FP', doc.id, kind, person.name, person.role ?? '', around(text, person.name)].join('\t'));
    }
    for (const entity of unmatched) {
      const names = entity.map((m) => m.join(' '));
      console.log(['FN', doc.id, names.join('|'), '', around(text.toLowerCase(), names[0])].join('\t'));
    }
  }
}

report((process.argv[2] ?? 'ner-uk') as keyof typeof SETS);
