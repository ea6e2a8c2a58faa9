/**
 * Times classifyArticle on 5 KB articles and on hostile input, and normalising + classifying a 5 KB page copied as
 * text (the ≤ 3 ms target). Prints figures; asserts nothing.
 * Run: npx nx run article-classification:bench
 */
import { performance } from 'node:perf_hooks';

import { ArticleToClassify, classifyArticle } from '@newsflow/article-classification';
import { extractArticle } from '@newsflow/article-text';
import { seedPageText } from '@newsflow/article-text/testing';

import { loadLabelledSet } from './labelled-set';

const TARGET_CHARS = 5 * 1024;
const PAGE_BYTES = 5 * 1024;
const WARMUP = 30;

function articleOf(language: string): ArticleToClassify {
  const sources = loadLabelledSet().filter((a) => a.language === language);
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join('\n\n').length < TARGET_CHARS; i += 1)
    paragraphs.push(...sources[i % sources.length].paragraphs);
  const body = paragraphs.join('\n\n').slice(0, TARGET_CHARS);
  return { title: sources[0].title, body, paragraphs: body.split('\n\n'), language };
}

/** The seed page (title, article, then the site's boilerplate), its article grown to 5 KB as the article-text bench does. */
function seedPageOf5Kb(): string {
  const [title, ...rest] = seedPageText().split('\n');
  const boilerplateAt = rest.findIndex((line) => line.startsWith('Поділитися'));
  const paragraphs = rest.slice(0, boilerplateAt).filter((line) => line.trim() !== '');
  const tail = rest.slice(boilerplateAt).join('\n');
  const page = (body: string[]) => [title, '', body.join('\n\n'), tail].join('\n');
  const body: string[] = [];
  while (Buffer.byteLength(page(body)) < PAGE_BYTES) body.push(paragraphs[body.length % paragraphs.length]);
  return page(body);
}

/** What the pipeline does per page: the normalise stage's extraction, then the classify stage's call. */
function normaliseAndClassify(text: string): void {
  const clean = extractArticle({ text });
  classifyArticle({ title: clean.title ?? '', paragraphs: clean.paragraphs, language: clean.language.code });
}

function time(work: () => void, runs: number): { median: number; p95: number; max: number } {
  for (let i = 0; i < Math.min(WARMUP, runs); i += 1) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)], p95: samples[Math.floor(runs * 0.95)], max: samples[runs - 1] };
}

function report(label: string, article: ArticleToClassify, runs: number): void {
  print(
    label,
    Buffer.byteLength(article.title + article.body, 'utf8'),
    time(() => classifyArticle(article), runs),
  );
}

function print(label: string, size: number, { median, p95, max }: { median: number; p95: number; max: number }): void {
  console.log(
    `${label.padEnd(44)} ${String(size).padStart(8)} B   median ${median.toFixed(2).padStart(7)} ms   p95 ${p95.toFixed(2).padStart(7)} ms   max ${max.toFixed(2).padStart(7)} ms`,
  );
}

const plain = (body: string, language: string): ArticleToClassify => ({ title: '', body, paragraphs: [], language });

console.log(`node ${process.version}, one process, sequential runs\n`);
for (const language of ['uk', 'ru', 'en', 'de', 'fr', 'pl'])
  report(`5 KB article (${language})`, articleOf(language), 500);
const page = seedPageOf5Kb();
print(
  'normalise + classify 5 KB (uk page text)',
  Buffer.byteLength(page),
  time(() => normaliseAndClassify(page), 500),
);
report('5 KB article, language "und"', { ...articleOf('uk'), language: 'und' }, 300);
report('empty body', plain('', 'uk'), 500);
report('1 MB body', plain('Україна і Польща домовилися про транзит зерна. '.repeat(22_000), 'uk'), 20);
report(
  '100k capitalised words',
  plain(Array.from({ length: 100_000 }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}x`).join(' '), 'en'),
  20,
);
report('1 MB without spaces', plain('а'.repeat(1_000_000), 'uk'), 20);
report('one token repeated 200k times', plain('Казахстан '.repeat(200_000), 'uk'), 20);
