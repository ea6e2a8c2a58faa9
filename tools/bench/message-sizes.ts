/**
 * What one normalised event weighs on the wire for realistic ~5 KB pages, now that the page text
 * and HTML stay in PostgreSQL, against the same event carrying them as before (issue 10):
 *   bash tools/run-ts.sh tools/bench/message-sizes.ts [pages=500]
 * The classified event is the normalised one plus its classification, so it saves the same bytes.
 */
import { join } from 'node:path';

import normaliseInWorker from '@newsflow/stage-normalise/worker';
import { RealisticPages } from '@newsflow/test-harness';

const count = Number(process.argv[2] ?? 500);
const pages = new RealisticPages(join(__dirname, '..', '..'), 'sizes');
let after = 0;
let before = 0;
for (let n = 0; n < count; n += 1) {
  const page = pages.page(n);
  const answer = normaliseInWorker({ submission: page, receivedAt: new Date(), sentAt: null });
  if (!('article' in answer)) throw new Error(`page ${n} was rejected: ${answer.rejected}`);
  const { article } = answer;
  after += Buffer.byteLength(JSON.stringify(article));
  const carried = { ...article, original: { ...article.original, text: page.text, html: null } };
  before += Buffer.byteLength(JSON.stringify(carried));
}
const kb = (bytes: number) => (bytes / count / 1024).toFixed(1);
console.log(`${count} realistic pages, average normalised event:`);
console.log(`  with original.text/html (before): ${kb(before)} KiB`);
console.log(`  without (after):                  ${kb(after)} KiB`);
console.log(
  `  saved per normalised and per classified event: ${kb(before - after)} KiB (${((1 - after / before) * 100).toFixed(0)}% of the normalised event)`,
);
