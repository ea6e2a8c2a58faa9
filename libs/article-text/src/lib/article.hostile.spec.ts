import { CHARACTER_RUNS, run, unstorableStrings } from '@newsflow/contracts/testing';

import { analyseSearchQuery, ArticleTextError, detectLanguage, extractArticle, toSearchForm, transliterate } from '..';
import type { CleanArticle } from './types';

// Each call must finish: jest's timeout is the backstop, no timing is asserted. A quadratic step on any of these runs
// takes minutes at this size, so a regression shows as a timeout.
const LONG = 200_000;
const classes = Object.entries(CHARACTER_RUNS);

function outcome(call: () => CleanArticle): CleanArticle | ArticleTextError {
  try {
    return call();
  } catch (error) {
    if (error instanceof ArticleTextError) return error;
    throw error;
  }
}

function expectWellFormed(article: CleanArticle | ArticleTextError): void {
  if (article instanceof ArticleTextError) {
    expect(['empty', 'no-article-text', 'binary', 'too-large']).toContain(article.code);
    return;
  }
  expect(article.paragraphs.length).toBeGreaterThan(0);
  expect(article.stats.characters).toBe(article.paragraphs.reduce((sum, p) => sum + p.length, 0));
  expect(article.passages).toHaveLength(article.paragraphs.length);
  expect(article.language.confidence).toBeGreaterThanOrEqual(0);
  expect(article.language.confidence).toBeLessThanOrEqual(1);
  expect(unstorableStrings(article)).toEqual([]);
}

describe('text functions on long runs of every character class', () => {
  it.each(classes)('extractArticle(text) on %s', (_name, unit) => {
    expectWellFormed(outcome(() => extractArticle({ text: `Start ${run(unit, LONG)}` })));
  });

  it.each(classes)('extractArticle(html) on %s', (_name, unit) => {
    expectWellFormed(
      outcome(() => extractArticle({ html: `<html><body><p>Start ${run(unit, LONG)}</p></body></html>` })),
    );
  });

  it.each(classes)('extractArticle(html) with an attribute of %s', (_name, unit) => {
    const value = run(unit, LONG).replace(/"/g, '&quot;');
    const html = `<html><head><meta property="og:title" content="${value}"></head><body class="${value}"><p title="${value}" style="${value}">Start of the article text, which is long enough to be read as one.</p></body></html>`;
    expectWellFormed(outcome(() => extractArticle({ html })));
  });

  it.each(classes)('analyseSearchQuery, transliterate, toSearchForm and detectLanguage on %s', (_name, unit) => {
    const text = run(unit, LONG);
    const terms = analyseSearchQuery(text);
    expect(unstorableStrings(terms)).toEqual([]);
    expect(typeof transliterate(text, 'uk')).toBe('string');
    expect(toSearchForm(text).length).toBeGreaterThanOrEqual(0);
    const language = detectLanguage(text);
    expect(language.confidence).toBeLessThanOrEqual(1);
  });
});

describe('the probe cases at full size', () => {
  const terminals = ['.', '!', '?', '…'];

  it.each(terminals)('"Start " and 1.9 million "%s" is one sentence', (terminal) => {
    const article = extractArticle({ text: `Start ${terminal.repeat(1_900_000)}` });
    expect(article.stats.sentences).toBe(1);
    expect(article.paragraphs[0].startsWith('Start')).toBe(true);
  });

  it('a 1.9 MB HTML attribute leaves the article text as it is', () => {
    const attribute = 'x'.repeat(1_900_000);
    const text = 'The article text sits beside a huge attribute and is extracted all the same.';
    const article = extractArticle({ html: `<html><body><p data-blob="${attribute}">${text}</p></body></html>` });
    expect(article.paragraphs).toEqual([text]);
  });

  it('two million characters of unclosed tags stop parsing with a flag', () => {
    const lead = '<p>The lead paragraph of the article is read before the broken markup starts.</p>';
    const article = extractArticle({ html: `<html><body>${lead}${'<div>'.repeat(400_000)}</body></html>` });
    expect(article.flags).toContain('truncated-input');
    expect(article.paragraphs).toEqual(['The lead paragraph of the article is read before the broken markup starts.']);
  });

  it('a query of a million Cyrillic letters is analysed on its head only', () => {
    const terms = analyseSearchQuery('ж'.repeat(1_000_000));
    expect(terms.stems.every((stem) => stem.length <= 2000)).toBe(true);
  });
});
