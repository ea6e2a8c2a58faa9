/**
 * Evaluation of @newsflow/article-text on the project's own evaluation set (tools/article-text/eval), next to
 * @mozilla/readability (HTML, via linkedom) and the bare franc n-gram detector. Run: npx nx run article-text:eval
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { Readability } from '@mozilla/readability';
import { franc } from 'franc';
import { parseHTML } from 'linkedom';

import { articleBody } from '@newsflow/contracts';

import { extractArticle } from '../../libs/article-text/src';
import { PROFILE_BY_ISO3 } from '../../libs/article-text/src/lib/language/languages';
import { detectArticleLanguage } from '../../libs/article-text/src/lib/language/passages';
import { buildDataset, EvalDocument } from './eval/dataset';
import { loadZyte, reportZyte } from './public/zyte';

const tokens = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFC')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

interface Counts {
  overlap: number;
  predicted: number;
  gold: number;
}

function overlap(predicted: string, goldText: string): Counts {
  const bag = new Map<string, number>();
  const goldTokens = tokens(goldText);
  for (const token of goldTokens) bag.set(token, (bag.get(token) ?? 0) + 1);
  const predictedTokens = tokens(predicted);
  let common = 0;
  for (const token of predictedTokens) {
    const left = bag.get(token) ?? 0;
    if (left > 0) {
      common += 1;
      bag.set(token, left - 1);
    }
  }
  return { overlap: common, predicted: predictedTokens.length, gold: goldTokens.length };
}

function prf(counts: Counts[]): { p: number; r: number; f1: number } {
  const sum = counts.reduce(
    (acc, c) => ({ overlap: acc.overlap + c.overlap, predicted: acc.predicted + c.predicted, gold: acc.gold + c.gold }),
    { overlap: 0, predicted: 0, gold: 0 },
  );
  const p = sum.overlap / Math.max(sum.predicted, 1);
  const r = sum.overlap / Math.max(sum.gold, 1);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const bareNgram = (text: string): string => PROFILE_BY_ISO3.get(franc(text))?.iso1 ?? 'und';

function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  return parsed?.textContent ?? '';
}

const fmt = (value: number): string => value.toFixed(3);
const pct = (hits: number, total: number): string =>
  `${((100 * hits) / Math.max(total, 1)).toFixed(1)}% (${hits}/${total})`;

function main(): void {
  const docs = buildDataset();
  const ours: Record<string, Counts[]> = { html: [], 'page-text': [], all: [] };
  const readability: Counts[] = [];
  const oursOnHtml: Counts[] = [];
  let titleHits = 0;
  let containHits = 0;
  let containTotal = 0;
  let leakHits = 0;
  let leakTotal = 0;
  const lang = { ours: 0, bare: 0 };
  const bands: Record<string, { total: number; ours: number; bare: number }> = {
    '>=100': { total: 0, ours: 0, bare: 0 },
    '20-100': { total: 0, ours: 0, bare: 0 },
  };
  const failures: string[] = [];

  for (const doc of docs) {
    const goldBody = doc.paragraphs.map((p) => p.text).join('\n\n');
    const article = extractArticle(doc.kind === 'html' ? { html: doc.input } : { text: doc.input });
    const body = articleBody(article);
    const counts = overlap(body, goldBody);
    ours[doc.kind].push(counts);
    ours['all'].push(counts);
    if (doc.kind === 'html') {
      oursOnHtml.push(counts);
      readability.push(overlap(readabilityText(doc.input), goldBody));
    }
    if (article.title === doc.title) titleHits += 1;
    else failures.push(`${doc.id}: title ${JSON.stringify(article.title)}`);
    for (const needle of doc.mustContain) {
      containTotal += 1;
      if (body.includes(needle)) containHits += 1;
      else failures.push(`${doc.id}: missing ${JSON.stringify(needle)}`);
    }
    for (const needle of doc.mustNotContain) {
      leakTotal += 1;
      if (!body.includes(needle)) leakHits += 1;
      else failures.push(`${doc.id}: leaked ${JSON.stringify(needle)}`);
    }
    if (article.language.code === doc.language) lang.ours += 1;
    else failures.push(`${doc.id}: language ${article.language.code} (${article.language.confidence})`);
    if (bareNgram(goldBody) === doc.language) lang.bare += 1;
    scoreParagraphs(doc, bands, failures);
  }

  const row = (name: string, value: { p: number; r: number; f1: number }): string =>
    `| ${name} | ${fmt(value.p)} | ${fmt(value.r)} | ${fmt(value.f1)} |`;
  const htmlCount = docs.filter((doc) => doc.kind === 'html').length;
  const languages = new Set(docs.map((doc) => doc.language));
  console.log(
    `Evaluation set: ${docs.length} documents (${htmlCount} HTML, ${docs.length - htmlCount} page-text) in ${languages.size} languages: ${[...languages].join(', ')}\n`,
  );
  console.log('Body extraction, token-level (micro-averaged)\n');
  console.log('| extractor | precision | recall | F1 |\n| --- | --- | --- | --- |');
  console.log(row('ours, all documents', prf(ours['all'])));
  console.log(row('ours, page-text copies', prf(ours['page-text'])));
  console.log(row('ours, HTML pages', prf(oursOnHtml)));
  console.log(row('@mozilla/readability, HTML pages', prf(readability)));
  console.log(
    `\nTitle exact: ${pct(titleHits, docs.length)}; must-contain: ${pct(containHits, containTotal)}; must-not-contain respected: ${pct(leakHits, leakTotal)}\n`,
  );
  console.log('Language identification\n');
  console.log('| level | ours | bare franc |\n| --- | --- | --- |');
  console.log(`| article | ${pct(lang.ours, docs.length)} | ${pct(lang.bare, docs.length)} |`);
  for (const [band, value] of Object.entries(bands))
    console.log(`| paragraphs ${band} chars | ${pct(value.ours, value.total)} | ${pct(value.bare, value.total)} |`);
  if (failures.length > 0) console.log(`\nMisses:\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
  publicBenchmarks();
}

/** Floors for the committed sample of the Zyte benchmark: a regression below them fails the eval. */
const SAMPLE_FLOORS = { f1: 0.93, empty: 0 };

function publicBenchmarks(): void {
  const sampleDir = join(__dirname, 'public/zyte-sample');
  const sample = reportZyte(
    'Zyte article-extraction-benchmark, committed sample (CI regression)',
    sampleDir,
    loadZyte(sampleDir),
  );
  if (sample.f1['newsflow'] < SAMPLE_FLOORS.f1 || sample.empty['newsflow'] > SAMPLE_FLOORS.empty) {
    console.log(`\nREGRESSION: sample F1 below ${SAMPLE_FLOORS.f1} or empty pages above ${SAMPLE_FLOORS.empty}`);
    process.exitCode = 1;
  }
  const fullDir = process.env['ZYTE_CACHE'] ?? join(__dirname, '../../tmp/public/zyte');
  if (existsSync(join(fullDir, 'ground-truth.json')))
    reportZyte('Zyte article-extraction-benchmark (full, pinned)', fullDir, loadZyte(fullDir));
  else console.log(`\nFull Zyte benchmark not cached in ${fullDir}: run tools/article-text/public/fetch-zyte.sh`);
}

function scoreParagraphs(
  doc: EvalDocument,
  bands: Record<string, { total: number; ours: number; bare: number }>,
  failures: string[],
): void {
  const { passages } = detectArticleLanguage(
    doc.title,
    doc.paragraphs.map((p) => p.text),
  );
  doc.paragraphs.forEach((paragraph, index) => {
    const length = paragraph.text.length;
    const band = length >= 100 ? '>=100' : length >= 20 ? '20-100' : null;
    if (!band) return;
    bands[band].total += 1;
    if (passages[index].language === paragraph.language) bands[band].ours += 1;
    else failures.push(`${doc.id} ¶${index} (${band}): ${passages[index].language} ≠ ${paragraph.language}`);
    if (bareNgram(paragraph.text) === paragraph.language) bands[band].bare += 1;
  });
}

main();
