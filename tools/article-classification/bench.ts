/**
 * Times classifyArticle on 5 KB articles and on hostile input. Prints figures; asserts nothing.
 * Run: npx nx run article-classification:bench
 */
import { performance } from 'node:perf_hooks';

import { ArticleToClassify, classifyArticle } from '@newsflow/article-classification';

import { loadLabelledSet } from './labelled-set';

const TARGET_CHARS = 5 * 1024;
const WARMUP = 30;

function articleOf(language: string): ArticleToClassify {
  const sources = loadLabelledSet().filter((a) => a.language === language);
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join('\n\n').length < TARGET_CHARS; i += 1)
    paragraphs.push(...sources[i % sources.length].paragraphs);
  const body = paragraphs.join('\n\n').slice(0, TARGET_CHARS);
  return { title: sources[0].title, body, paragraphs: body.split('\n\n'), language };
}

function time(article: ArticleToClassify, runs: number): { median: number; p95: number; max: number } {
  for (let i = 0; i < Math.min(WARMUP, runs); i += 1) classifyArticle(article);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    classifyArticle(article);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)], p95: samples[Math.floor(runs * 0.95)], max: samples[runs - 1] };
}

function report(label: string, article: ArticleToClassify, runs: number): void {
  const { median, p95, max } = time(article, runs);
  const size = Buffer.byteLength(article.title + article.body, 'utf8');
  console.log(
    `${label.padEnd(44)} ${String(size).padStart(8)} B   median ${median.toFixed(2).padStart(7)} ms   p95 ${p95.toFixed(2).padStart(7)} ms   max ${max.toFixed(2).padStart(7)} ms`,
  );
}

const plain = (body: string, language: string): ArticleToClassify => ({ title: '', body, paragraphs: [], language });

console.log(`node ${process.version}, one process, sequential runs\n`);
for (const language of ['uk', 'ru', 'en', 'de', 'fr', 'pl'])
  report(`5 KB article (${language})`, articleOf(language), 500);
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
