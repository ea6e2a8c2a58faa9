import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadFactRuEval } from './public-sets';

/** One made-up factRuEval document in the set's own file format: spans, then the objects built from them. */
function factRuEvalFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'factrueval-'));
  const text = 'Акции компании «Лесоторг» выросли, сообщила компания. Минская группа ОБСЕ собралась.';
  const at = (words: string) => text.indexOf(words);
  const spans = [
    `1 org_descr ${at('компании')} 8 10 1`,
    `2 org_name ${at('Лесоторг')} 8 12 1`,
    `3 org_descr ${at('компания')} 8 20 1`,
    `4 org_name ${at('Минская группа ОБСЕ')} 19 22 3`,
    `5 org_name ${at('ОБСЕ')} 4 24 1`,
  ];
  const objects = [
    '10 Org 1 2 # компании Лесоторг',
    '11 Org 3 # компания',
    '12 Org 4 # Минская группа ОБСЕ',
    '13 Org 5 # ОБСЕ',
  ];
  writeFileSync(join(root, 'book_1.txt'), text);
  writeFileSync(join(root, 'book_1.spans'), spans.join('\n'));
  writeFileSync(join(root, 'book_1.objects'), objects.join('\n'));
  return root;
}

describe('loadFactRuEval organisations, as the set scores them', () => {
  const [doc] = loadFactRuEval(factRuEvalFolder())?.documents ?? [];

  it('keeps a named mention with its name words alone as a second form', () => {
    expect(doc.organisations).toEqual(['компании «Лесоторг', 'Минская группа ОБСЕ']);
    expect(doc.organisationNames).toEqual(['Лесоторг', 'Минская группа ОБСЕ']);
  });

  it('ignores a mention with no name and one inside another organisation', () => {
    expect(doc.ignoredOrganisations).toEqual(['компания', 'ОБСЕ']);
  });
});
