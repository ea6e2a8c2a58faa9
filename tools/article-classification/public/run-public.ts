/**
 * Scores people and organisations on the public NER benchmarks held in the git-ignored cache.
 * Fill the cache with fetch-ner-uk.sh, fetch-factrueval.sh and fetch-wikigold.sh beside this file.
 */
import { loadFactRuEval, loadNerUk, loadWikigold } from './public-sets';
import { printSet, scoreSet } from './score-public';

export function runPublicBenchmarks(verbose = false): void {
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
    printSet(set, scoreSet(set, verbose));
  }
}

if (require.main === module) runPublicBenchmarks(process.argv.includes('--verbose'));
