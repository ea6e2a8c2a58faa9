/**
 * Speed of extractArticle on ~5 KB articles (page-text copy, HTML page, bare text), after warm-up.
 * Prints median and p95 per input; never asserted in tests. Run: npx nx run article-text:bench
 */
import { performance } from 'node:perf_hooks';

import { extractArticle } from '../../libs/article-text/src';
import { ArticleSource } from '../../libs/article-text/src/lib/types';
import { seedPageText } from '../../libs/article-text/src/testing';
import { buildDataset } from './eval/dataset';

const RUNS = 300;

/** Article paragraphs repeated until the document reaches `bytes` of UTF-8, furniture unchanged. */
function sizedTo(bytes: number, paragraphs: string[], make: (body: string[]) => string): string {
  const body: string[] = [];
  while (Buffer.byteLength(make(body)) < bytes) body.push(paragraphs[body.length % paragraphs.length]);
  return make(body);
}

function measure(name: string, source: ArticleSource): void {
  for (let i = 0; i < 30; i += 1) extractArticle(source);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    extractArticle(source);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const input = source.html ?? source.text ?? '';
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.floor(times.length * 0.95)];
  console.log(
    `| ${name} | ${(Buffer.byteLength(input) / 1024).toFixed(1)} KB | ${median.toFixed(2)} ms | ${p95.toFixed(2)} ms |`,
  );
}

function main(): void {
  const seed = seedPageText();
  const [title, ...rest] = seed.split('\n');
  const boilerplateAt = rest.findIndex((line) => line.startsWith('Поділитися'));
  const seedParagraphs = rest.slice(0, boilerplateAt).filter((line) => line.trim() !== '');
  const tail = rest.slice(boilerplateAt).join('\n');
  const pageText = sizedTo(5 * 1024, seedParagraphs, (body) => [title, '', body.join('\n\n'), tail].join('\n'));
  const html = sizedTo(
    5 * 1024,
    seedParagraphs,
    (body) =>
      `<html><head><title>${title}</title></head><body><nav><a href="/">Головна</a></nav><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article><footer>© 2024</footer></body></html>`,
  );
  const english =
    buildDataset()
      .find((doc) => doc.id === 'en-ferry')
      ?.paragraphs.map((p) => p.text) ?? [];
  const plain = sizedTo(5 * 1024, english, (body) => body.join('\n\n'));

  console.log(`Node ${process.version}, ${RUNS} runs each after 30 warm-up runs\n`);
  console.log('| input | size | median | p95 |\n| --- | --- | --- | --- |');
  measure('uk page-text copy (seed, grown)', { text: pageText });
  measure('uk HTML page', { html });
  measure('en plain body', { text: plain });
}

main();
