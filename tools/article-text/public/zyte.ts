/**
 * Zyte's article-extraction-benchmark (pinned, see fetch-zyte.sh), run with our extractor and with
 * @mozilla/readability on linkedom side by side: the benchmark's own evaluate.py when python3 is present, our port of
 * its metric per page, empty pages, time per page, and headline exact match on the og:title/<h1> gold set.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';

import { goldHeadline, normaliseHeadline } from './headlines';
import { benchmarkMetrics, pageF1, shingleMatch, TpFpFn } from './shingles';
import { Extractor, EXTRACTORS, PageExtraction } from './zyte-extractors';

export interface ZytePage {
  id: string;
  url: string;
  html: string;
  body: string;
}

interface Extraction extends PageExtraction {
  ms: number;
}

export function loadZyte(dir: string): ZytePage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  return readdirSync(join(dir, 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .map((name) => {
      const id = name.split('.')[0];
      const html = gunzipSync(readFileSync(join(dir, 'html', name))).toString('utf8');
      return { id, url: truth[id]?.url ?? '', html, body: truth[id]?.articleBody ?? '' };
    });
}

function timed(extract: Extractor, page: ZytePage): Extraction {
  const start = performance.now();
  const result = extract(page);
  return { ...result, ms: performance.now() - start };
}

/** Official figures from the benchmark's evaluate.py, or null when python3 or the script is missing. */
function officialScores(
  dir: string,
  pages: ZytePage[],
  outputs: Record<string, Extraction[]>,
): Record<string, string> | null {
  const script = join(dir, 'evaluate.py');
  if (!existsSync(script)) return null;
  const work = mkdtempSync(join(tmpdir(), 'zyte-'));
  mkdirSync(join(work, 'output'));
  const truth = Object.fromEntries(pages.map((page) => [page.id, { articleBody: page.body, url: page.url }]));
  writeFileSync(join(work, 'ground-truth.json'), JSON.stringify(truth));
  for (const [name, results] of Object.entries(outputs)) {
    const output = Object.fromEntries(pages.map((page, index) => [page.id, { articleBody: results[index].body }]));
    writeFileSync(join(work, 'output', `${name}.json`), JSON.stringify(output));
  }
  try {
    const printed = execFileSync('python3', [script, '--n-bootstrap', '200'], { cwd: work, encoding: 'utf8' });
    const rows: Record<string, string> = {};
    for (const line of printed.split('\n').slice(1)) {
      const [name, ...rest] = line.trim().split(/\s+/);
      if (name) rows[name] = rest.join(' ');
    }
    return rows;
  } catch {
    return null;
  }
}

function withoutHeadlineMetadata(page: ZytePage): ZytePage {
  const html = page.html
    .replace(/<meta[^>]+(og|twitter):title[^>]*>/gi, '')
    .replace(/<script[^>]+ld\+json[^>]*>[\s\S]*?<\/script>/gi, '');
  return { ...page, html };
}

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
};
const fmt = (value: number): string => value.toFixed(3);

export interface ZyteSummary {
  f1: Record<string, number>;
  empty: Record<string, number>;
}

/** Runs both extractors on the pages, prints the comparison, returns the headline figures for regression checks. */
export function reportZyte(label: string, dir: string, pages: ZytePage[], perPage = false): ZyteSummary {
  const names = Object.keys(EXTRACTORS);
  for (const page of pages.slice(0, 5)) for (const name of names) EXTRACTORS[name](page);
  // Page by page, in alternating order, so load changes on a shared machine hit both extractors alike.
  const outputs: Record<string, Extraction[]> = Object.fromEntries(names.map((name) => [name, []]));
  pages.forEach((page, index) => {
    for (const name of index % 2 === 0 ? names : [...names].reverse())
      outputs[name][index] = timed(EXTRACTORS[name], page);
  });

  const official = officialScores(dir, pages, outputs);
  console.log(`\n${label}: ${pages.length} pages\n`);
  console.log(
    '| extractor | F1 (port) | precision | recall | empty pages | median ms | p90 ms | evaluate.py F1 / P / R / accuracy |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const summary: ZyteSummary = { f1: {}, empty: {} };
  const perPageCounts: Record<string, TpFpFn[]> = {};
  for (const [name, results] of Object.entries(outputs)) {
    const counts = pages.map((page, index) => shingleMatch(page.body, results[index].body));
    perPageCounts[name] = counts;
    const metrics = benchmarkMetrics(counts);
    const empty = results.filter((result) => result.body.trim() === '').length;
    const times = results.map((result) => result.ms);
    summary.f1[name] = metrics.f1;
    summary.empty[name] = empty;
    console.log(
      `| ${name} | ${fmt(metrics.f1)} | ${fmt(metrics.precision)} | ${fmt(metrics.recall)} | ${empty} | ${quantile(times, 0.5).toFixed(2)} | ${quantile(times, 0.9).toFixed(2)} | ${official?.[name] ?? 'python3/evaluate.py unavailable'} |`,
    );
  }

  const gold = pages.map((page) => goldHeadline(page.html));
  const withGold = gold.filter((headline) => headline !== null).length;
  const headlineHits = (name: string): number =>
    outputs[name].filter(
      (result, index) => gold[index] !== null && normaliseHeadline(result.title ?? '') === gold[index],
    ).length;
  console.log(
    `\nHeadlines (og:title = <h1> gold, ${withGold} pages), exact after whitespace normalisation: newsflow ${headlineHits('newsflow')}/${withGold}, readability ${headlineHits('readability_linkedom')}/${withGold}`,
  );
  // Our metadata reads og:title first, which makes the test above easy; without og:title and JSON-LD the headline
  // must come from the page body, where chrome competes with it.
  const bare = pages.map((page, index) => (gold[index] === null ? null : withoutHeadlineMetadata(page)));
  const bareHits = (extract: Extractor): number =>
    bare.filter((page, index) => page !== null && normaliseHeadline(extract(page).title ?? '') === gold[index]).length;
  console.log(
    `Same headlines with og:title and JSON-LD removed from the page: newsflow ${bareHits(EXTRACTORS['newsflow'])}/${withGold}, readability ${bareHits(EXTRACTORS['readability_linkedom'])}/${withGold}`,
  );
  if (perPage) {
    const rows = pages
      .map((page, index) => ({
        id: page.id.slice(0, 12),
        ours: pageF1(perPageCounts['newsflow'][index]),
        peer: pageF1(perPageCounts['readability_linkedom'][index]),
        title:
          gold[index] !== null && normaliseHeadline(outputs['newsflow'][index].title ?? '') !== gold[index]
            ? ` title ${JSON.stringify(outputs['newsflow'][index].title)} ≠ ${JSON.stringify(gold[index])}`
            : '',
      }))
      .filter((row) => row.ours < 0.8 || row.title !== '')
      .sort((a, b) => a.ours - b.ours);
    console.log(`\nPages below F1 0.8 or with a wrong headline (${rows.length}):`);
    for (const row of rows) console.log(`- ${row.id} F1 ${fmt(row.ours)} (readability ${fmt(row.peer)})${row.title}`);
  }
  return summary;
}
