/**
 * Scores people and organisations on the public NER benchmarks held in the git-ignored cache.
 * Fill the cache with fetch-ner-uk.sh, fetch-factrueval.sh and fetch-wikigold.sh beside this file. `--half=1` or
 * `--half=2` scores the first or second half of each set's documents.
 */
import { halfOf, loadFactRuEval, loadNerUk, loadWikigold } from './public-sets';
import { printSet, scoreSet } from './score-public';

export function runPublicBenchmarks(verbose = false, half?: string): void {
  console.log(
    '\nPublic NER benchmarks (words match on their first five letters, short words on all but the last; see docs/article-classification.md)',
  );
  for (const [name, load] of [
    ['ner-uk', loadNerUk],
    ['factrueval', loadFactRuEval],
    ['wikigold', loadWikigold],
  ] as const) {
    const set = load();
    if (!set) {
      console.log(`${name}: not in the cache; run tools/article-classification/public/fetch-${name}.sh`);
      continue;
    }
    const documents = halfOf(set.documents, half);
    const title = half ? `${set.name}, half ${half}` : set.name;
    printSet({ ...set, name: title, documents }, scoreSet({ ...set, documents }, verbose));
  }
}

if (require.main === module)
  runPublicBenchmarks(
    process.argv.includes('--verbose'),
    process.argv.find((a) => a.startsWith('--half='))?.slice('--half='.length),
  );
