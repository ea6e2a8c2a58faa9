/**
 * Scores the classifier against a hand-labelled set and prints per-field figures.
 * Run: npx nx run article-classification:eval              (development set, ./labelled)
 *      npx nx run article-classification:eval --args="--set=holdout"   (held-out set, ./holdout)
 *      add --verbose to list every article's output.
 * The public NER benchmarks follow when their cache is filled (public/fetch-*.sh).
 */
import { ArticleClassification, classifyArticle, storySimilarity } from '@newsflow/article-classification';

import { LabelledArticle, LabelledSetName, loadLabelledSet } from './labelled-set';
import { addCounts, compare, Counts, emptyCounts, normaliseName, prf } from './metrics';
import { runPublicBenchmarks } from './public/run-public';
import { clusterStories } from './story-clusters';

const verbose = process.argv.includes('--verbose');
const setName: LabelledSetName = process.argv.includes('--set=holdout') ? 'holdout' : 'labelled';
const ENTITY_LANGUAGES = new Set(['uk', 'ru', 'en']);

interface Scored {
  article: LabelledArticle;
  result: ArticleClassification;
}

const articles = loadLabelledSet(setName);
const scored: Scored[] = articles.map((article) => ({ article, result: classifyArticle(article) }));
const languages = [...new Set(articles.map((a) => a.language))];

function field(name: string, count: (s: Scored) => Counts, filter: (s: Scored) => boolean = () => true): void {
  const total = emptyCounts();
  for (const s of scored.filter(filter)) {
    const c = count(s);
    addCounts(total, c);
    if (verbose && (c.fp > 0 || c.fn > 0)) console.log(`  [${name}] ${s.article.id}: tp=${c.tp} fp=${c.fp} fn=${c.fn}`);
  }
  const { precision, recall, f1 } = prf(total);
  console.log(
    `${name.padEnd(34)} P=${precision.toFixed(3)}  R=${recall.toFixed(3)}  F1=${f1.toFixed(3)}  (tp=${total.tp} fp=${total.fp} fn=${total.fn})`,
  );
}

const countries = (s: Scored) =>
  compare(
    s.result.places.filter((p) => p.kind === 'country').map((p) => p.code),
    s.article.expected.countries,
    (p, g) => p === g,
  );
const topLevel = (s: Scored) => s.result.subjects.filter((x) => !x.parent).map((x) => x.code);
const topics = (s: Scored) => compare(topLevel(s), s.article.expected.topics, (p, g) => p === g);
const people = (s: Scored) =>
  compare(
    s.result.people.map((p) => normaliseName(p.name)),
    s.article.expected.people.map(normaliseName),
    (p, g) => p === g,
  );
const organisations = (s: Scored) =>
  compare(s.result.organisations, s.article.expected.organisations, (p, g) => {
    const spellings = g.split('|').map(normaliseName);
    return [p.name, p.abbreviation].some((n) => n !== null && spellings.includes(normaliseName(n)));
  });

console.log(
  `Set "${setName}": ${articles.length} articles in ${languages.length} languages (${languages.map((l) => `${l}=${articles.filter((a) => a.language === l).length}`).join(', ')})\n`,
);

field('Countries', countries);
for (const language of languages) field(`  countries ${language}`, countries, (s) => s.article.language === language);

const correctTop1 = scored.filter((s) => topLevel(s)[0] === s.article.expected.topic);
console.log(
  `\nTopics top-1 accuracy              ${(correctTop1.length / scored.length).toFixed(3)}  (${correctTop1.length}/${scored.length})`,
);
for (const language of languages) {
  const subset = scored.filter((s) => s.article.language === language);
  const right = subset.filter((s) => topLevel(s)[0] === s.article.expected.topic).length;
  console.log(`  top-1 ${language.padEnd(28)}${(right / subset.length).toFixed(3)}  (${right}/${subset.length})`);
}
if (verbose)
  for (const s of scored.filter((x) => !correctTop1.includes(x)))
    console.log(
      `  [top-1] ${s.article.id}: expected ${s.article.expected.topic}, got ${topLevel(s).join(', ') || 'nothing'}`,
    );
field('Topics (top-level set)', topics);

console.log('');
field('People uk/ru/en', people, (s) => ENTITY_LANGUAGES.has(s.article.language));
field('Organisations uk/ru/en', organisations, (s) => ENTITY_LANGUAGES.has(s.article.language));
field(
  'People + organisations uk/ru/en',
  (s) => {
    const total = people(s);
    addCounts(total, organisations(s));
    return total;
  },
  (s) => ENTITY_LANGUAGES.has(s.article.language),
);
for (const language of languages) {
  field(`  people ${language}`, people, (s) => s.article.language === language);
  field(`  organisations ${language}`, organisations, (s) => s.article.language === language);
}

if (verbose) {
  for (const s of scored) {
    const r = s.result;
    console.log(`\n${s.article.id}  topics=[${r.subjects.map((x) => `${x.name}:${x.confidence}`).join('; ')}]`);
    console.log(
      `  countries=${r.places
        .filter((p) => p.kind === 'country')
        .map((p) => `${p.code}:${p.confidence}`)
        .join(' ')} expected=${s.article.expected.countries.join(' ')}`,
    );
    console.log(
      `  people=${r.people.map((p) => `${p.name}(${p.role ?? '-'})`).join('; ')} expected=${s.article.expected.people.join('; ')}`,
    );
    console.log(
      `  orgs=${r.organisations.map((o) => `${o.name}[${o.abbreviation ?? ''}]`).join('; ')} expected=${s.article.expected.organisations.join('; ')}`,
    );
    console.log(`  keywords=${r.keywords.join(' | ')}`);
  }
}

const keywordCounts = scored.map((s) => s.result.keywords.length);
console.log(
  `\nKeywords per article               min=${Math.min(...keywordCounts)} max=${Math.max(...keywordCounts)} mean=${(keywordCounts.reduce((a, b) => a + b, 0) / keywordCounts.length).toFixed(1)}`,
);

const storyOf = clusterStories(scored.map((s) => ({ id: s.article.id, fingerprint: s.result.fingerprint })));
const goldStory = (a: LabelledArticle) => a.story ?? a.id;
const clusters = new Map<string, LabelledArticle[]>();
for (const a of articles)
  clusters.set(storyOf.get(a.id) ?? a.id, [...(clusters.get(storyOf.get(a.id) ?? a.id) ?? []), a]);
const purity =
  [...clusters.values()].reduce((sum, members) => {
    const counts = new Map<string, number>();
    for (const m of members) counts.set(goldStory(m), (counts.get(goldStory(m)) ?? 0) + 1);
    return sum + Math.max(...counts.values());
  }, 0) / articles.length;
const planted = [...new Set(articles.filter((a) => a.story).map((a) => a.story as string))];
const together = planted.filter(
  (story) => new Set(articles.filter((a) => a.story === story).map((a) => storyOf.get(a.id))).size === 1,
);
const falseMerges = [...clusters.values()].filter((members) => new Set(members.map(goldStory)).size > 1);
let minSame = 1;
let maxDifferent = 0;
for (let i = 0; i < scored.length; i += 1) {
  for (let j = i + 1; j < scored.length; j += 1) {
    const similarity = storySimilarity(scored[i].result.fingerprint, scored[j].result.fingerprint);
    if (goldStory(scored[i].article) === goldStory(scored[j].article)) minSame = Math.min(minSame, similarity);
    else maxDifferent = Math.max(maxDifferent, similarity);
  }
}
console.log(
  `\nDuplicates: planted stories clustered ${together.length}/${planted.length}, false merges ${falseMerges.length}, cluster purity ${purity.toFixed(3)}`,
);
console.log(
  `  lowest similarity within a planted story ${minSame.toFixed(3)}, highest between different stories ${maxDifferent.toFixed(3)}`,
);
for (const members of falseMerges) console.log(`  false merge: ${members.map((m) => m.id).join(', ')}`);

runPublicBenchmarks(verbose);
