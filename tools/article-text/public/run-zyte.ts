/** Full Zyte benchmark with per-page figures. Run: bash tools/article-text/public/fetch-zyte.sh, then this script. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { loadZyte, reportZyte } from './zyte';

const dir = process.env['ZYTE_CACHE'] ?? join(__dirname, '../../../tmp/public/zyte');
if (!existsSync(join(dir, 'ground-truth.json'))) {
  console.log(`Zyte benchmark not in ${dir}: run tools/article-text/public/fetch-zyte.sh first`);
} else {
  reportZyte('Zyte article-extraction-benchmark (full)', dir, loadZyte(dir), true);
}
