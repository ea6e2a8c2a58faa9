import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

/**
 * The pure text and classification work per article, from the libraries' own benches
 * (article-text:bench, article-classification:bench), for judging per-stage CPU against it.
 */
export function pureWorkFigures(): string {
  return ['tools/article-text/bench.ts', 'tools/article-classification/bench.ts']
    .map((script) =>
      execFileSync('bash', [join(root, 'tools', 'run-ts.sh'), join(root, script)], { cwd: root, encoding: 'utf8' }),
    )
    .join('\n');
}
