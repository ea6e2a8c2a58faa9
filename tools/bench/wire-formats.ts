/**
 * How fast each wire format is read into submissions, on the hand-written samples, in one thread
 * (ingest reads HTTP documents on its event loop; the normalizer reads raw-topic documents on its own):
 *   bash tools/run-ts.sh tools/bench/wire-formats.ts [rounds=300] [feedItems=100]
 * Prints documents/s and articles/s per format; the refusal of a DTD is timed too.
 */
import { type WireDocument } from '@newsflow/contracts';
import { readWireDocument } from '@newsflow/wire-formats';
import {
  atom,
  BILLION_LAUGHS,
  jsonFeed,
  koi8rRss,
  newsmlG2Item,
  ninjs2Item,
  rss,
  windows1251Rss,
  wireDocument,
} from '@newsflow/wire-formats/testing';

const rounds = Number(process.argv[2] ?? 300);
const feedItems = Number(process.argv[3] ?? 100);

const cases: [string, (tag: string) => WireDocument][] = [
  ['ninjs 2.x', (tag) => wireDocument('application/ninjs+json', ninjs2Item(tag))],
  ['NewsML-G2 item', (tag) => wireDocument('application/vnd.iptc.g2.newsitem+xml', newsmlG2Item(tag))],
  [`RSS, ${feedItems} items`, (tag) => wireDocument('application/rss+xml', rss(tag, feedItems), 'bench')],
  ['Atom, 1 entry', (tag) => wireDocument('application/atom+xml', atom(tag))],
  ['JSON Feed, 1 item', (tag) => wireDocument('application/feed+json', jsonFeed(tag), 'bench')],
  ['windows-1251 RSS, 1 item', (tag) => wireDocument('application/rss+xml', windows1251Rss(tag), 'bench')],
  ['KOI8-R RSS, 1 item', (tag) => wireDocument('application/rss+xml; charset=koi8-r', koi8rRss(tag), 'bench')],
];

for (const [name, make] of cases) {
  const documents = Array.from({ length: rounds }, (_, round) => make(`b${round}`));
  const started = process.hrtime.bigint();
  let articles = 0;
  for (const document of documents) articles += readWireDocument(document).length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const size = documents[0].bytes.length;
  console.log(
    `${name.padEnd(26)} ${String(size).padStart(7)} bytes  ${(rounds / seconds).toFixed(0).padStart(6)} documents/s  ${(articles / seconds).toFixed(0).padStart(7)} articles/s`,
  );
}

const bomb = wireDocument('application/vnd.iptc.g2.newsitem+xml', BILLION_LAUGHS);
const started = process.hrtime.bigint();
for (let round = 0; round < rounds; round += 1) {
  try {
    readWireDocument(bomb);
  } catch {
    // refused, as it must be
  }
}
console.log(
  `${'entity bomb refused'.padEnd(26)} ${(Number(process.hrtime.bigint() - started) / 1e6 / rounds).toFixed(3)} ms each`,
);
