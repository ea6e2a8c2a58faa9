/**
 * Scores people and organisations on the public NER benchmarks held in the git-ignored cache.
 * Fill the cache with fetch-ner-uk.sh, fetch-factrueval.sh and fetch-wikigold.sh beside this file, and
 * fetch-ukrainian-dictionary.sh for the nominative check's second analyser. `--half=1` or `--half=2` scores the first
 * or second half of each set's documents; --dev scores ner-uk's DEV split alone; --verbose lists each document's
 * errors and the names still oblique.
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
    printSet({ ...set, name: title, documents }, scoreSet({ ...set, documents }, verbose), verbose);
  }
}

/** ner-uk's DEV split, which the eval does not score: where errors are looked for. */
function runNerUkDev(verbose: boolean): void {
  const set = loadNerUk(undefined, 'DEV');
  if (set) printSet(set, scoreSet(set, verbose), verbose);
}

if (require.main === module) {
  const verbose = process.argv.includes('--verbose');
  if (process.argv.includes('--dev')) runNerUkDev(verbose);
  else runPublicBenchmarks(verbose, process.argv.find((a) => a.startsWith('--half='))?.slice('--half='.length));
}
