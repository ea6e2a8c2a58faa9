/**
 * Writes the small pinned sample that the unit tests score: the first documents of the sets whose licences allow
 * copying (factRuEval-2016, MIT; Wikigold, CC BY 4.0). ner-uk (CC BY-NC-SA 4.0) stays out.
 * Run after fetch-factrueval.sh and fetch-wikigold.sh: bash tools/run-ts.sh tools/article-classification/public/make-sample.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { loadFactRuEval, loadWikigold, PublicSet } from './public-sets';

const DOCUMENTS_PER_SET = 8;
export const SAMPLE_FILE = join(__dirname, 'sample', 'public-ner-sample.json');

const sets = [loadFactRuEval(), loadWikigold()].filter((s): s is PublicSet => s !== null);
if (sets.length < 2) throw new Error('fill the cache first (fetch-factrueval.sh, fetch-wikigold.sh)');
const sample = sets.map((s) => ({ ...s, documents: s.documents.slice(0, DOCUMENTS_PER_SET) }));
writeFileSync(SAMPLE_FILE, `${JSON.stringify(sample)}\n`);
console.log(`wrote ${sample.map((s) => `${s.documents.length} ${s.name}`).join(', ')} to ${SAMPLE_FILE}`);
