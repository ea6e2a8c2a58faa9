/**
 * What one normalised event weighs on the wire for realistic ~5 KB pages (issue 10), against the shapes it had
 * before: `.v1` with the body and search terms beside the paragraphs, and earlier still with the page text too.
 *   bash tools/run-ts.sh tools/bench/message-sizes.ts [pages=500]
 * The classified event is the normalised one plus its classification, so it saves the same bytes.
 */
import { join } from 'node:path';

import { articleSearchTerms } from '@newsflow/article-text';
import { articleBody } from '@newsflow/contracts';
import normaliseInWorker from '@newsflow/stage-normalise/worker';
import { RealisticPages } from '@newsflow/test-harness';

const count = Number(process.argv[2] ?? 500);
const pages = new RealisticPages(join(__dirname, '..', '..'), 'sizes');
const bytes = { now: 0, withDerivedText: 0, withPageText: 0 };
for (let n = 0; n < count; n += 1) {
  const page = pages.page(n);
  const answer = normaliseInWorker({ submission: page, receivedAt: new Date(), sentAt: null });
  if (!('article' in answer)) throw new Error(`page ${n} was rejected: ${answer.rejected}`);
  const { article } = answer;
  const v1 = {
    ...article,
    text: { ...article.text, body: articleBody(article.text), search: articleSearchTerms(article.text) },
  };
  bytes.now += Buffer.byteLength(JSON.stringify(article));
  bytes.withDerivedText += Buffer.byteLength(JSON.stringify(v1));
  bytes.withPageText += Buffer.byteLength(
    JSON.stringify({ ...v1, original: { ...v1.original, text: page.text, html: null } }),
  );
}
const kb = (total: number) => `${(total / count / 1024).toFixed(1)} KiB`;
console.log(`${count} realistic pages, average normalised event:`);
console.log(`  .v1 with original.text/html:         ${kb(bytes.withPageText)}`);
console.log(`  .v1 with body and search terms:      ${kb(bytes.withDerivedText)}`);
console.log(`  .v2, the text once as paragraphs:    ${kb(bytes.now)}`);
