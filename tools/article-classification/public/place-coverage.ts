/**
 * How many gold location mentions of the public NER sets the places scanner resolves to a country, and which
 * countries each document gets. Writes one JSON report; comparing two reports (before and after a change) gives the
 * newly added countries to check by hand. CLASSIFIER_LIB points at another copy of the classifier's src/lib to compare.
 * Run: bash tools/run-ts.sh tools/article-classification/public/place-coverage.ts out.json
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { tokenize } from '../../../libs/article-classification/src/lib/text/tokenize';
import { loadFactRuEval, loadNerUk, loadWikigold, PublicSet } from './public-sets';

type Places = typeof import('../../../libs/article-classification/src/lib/places/detect-places');
type Classifier = typeof import('../../../libs/article-classification/src/lib/classify-article');
const lib = process.env.CLASSIFIER_LIB ?? join(__dirname, '../../../libs/article-classification/src/lib');

const places: Places = require(join(lib, 'places/detect-places'));

const { classifyArticle }: Classifier = require(join(lib, 'classify-article'));

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function coverage(set: PublicSet) {
  let locations = 0;
  let resolved = 0;
  const documents = set.documents.map((doc) => {
    const tokens = tokenize(doc.paragraphs.join('\n\n'));
    const { hits } = places.scanPlaces(tokens);
    const surfaces = hits.map((h) => norm(h.surface));
    const gold = doc.locations ?? [];
    locations += gold.length;
    resolved += gold.filter((loc) => surfaces.some((s) => norm(loc).includes(s))).length;
    const article = {
      title: '',
      body: doc.paragraphs.join('\n\n'),
      paragraphs: doc.paragraphs,
      language: doc.language,
    };
    const countries = classifyArticle(article)
      .places.filter((p) => p.kind === 'country')
      .map((p) => ({ code: p.code, evidence: p.evidence }));
    return { id: doc.id, countries };
  });
  return { set: set.name, locations, resolved, documents };
}

const sets = [loadNerUk(), loadFactRuEval(), loadWikigold()].flatMap((s) => (s ? [s] : []));
const report = sets.map(coverage);
for (const r of report) console.log(`${r.set}: ${r.resolved}/${r.locations} location mentions resolved`);
writeFileSync(process.argv[2] ?? 'place-coverage.json', JSON.stringify(report, null, 1));
