import { CleanTextSchema } from '@newsflow/contracts';

import { seedPageText } from '../testing';
import { extractArticle } from './article';

const HTML = `<html><head><title>Port reopens – Harbour Daily</title>
<meta property="og:site_name" content="Harbour Daily"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-05-01T09:30:00Z"><link rel="canonical" href="https://example.com/a">
<meta property="og:image" content="https://example.com/a.jpg"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Port reopens</h1><p>The port reopened on Monday after a week of storms closed it to every ship.</p>
<p>« Nous sommes prêts à reprendre le travail dès demain matin », a déclaré le directeur du port.</p></article>
<footer>© 2024 Harbour Daily</footer></body></html>`;

/**
 * The extractor's output goes into the normalised-article event as it is. The contract's objects are strict, so a
 * field the extractor adds without the contract fails here instead of being dropped by the publisher's parse.
 */
describe('extractArticle output against the normalised-article contract', () => {
  it.each([
    ['html', { html: HTML }],
    ['page-text', { text: seedPageText() }],
    ['plain', { title: 'Port reopens', text: 'The port reopened on Monday after a week of storms.' }],
  ])('%s: every field is one the contract knows', (method, source) => {
    const article = extractArticle(source);
    expect(article.extraction.method).toBe(method);
    const parsed = CleanTextSchema.safeParse(article);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('rejects a field the contract lacks', () => {
    const article = extractArticle({ html: HTML });
    const parsed = CleanTextSchema.safeParse({ ...article, stats: { ...article.stats, paragraphs: 2 } });
    expect(parsed.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['stats'] });
  });
});
