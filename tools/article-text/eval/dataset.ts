import { ARTICLES_1, EvalArticle } from './articles-1';
import { ARTICLES_2 } from './articles-2';
import { FURNITURE, Furniture } from './boilerplate';

export interface GoldParagraph {
  text: string;
  language: string;
}

export interface EvalDocument {
  id: string;
  kind: 'html' | 'page-text';
  input: string;
  title: string;
  language: string;
  paragraphs: GoldParagraph[];
  mustContain: string[];
  mustNotContain: string[];
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function gold(article: EvalArticle): GoldParagraph[] {
  return article.paragraphs.map((paragraph) => {
    const match = /^@([a-z]{2}) /.exec(paragraph);
    return match ? { text: paragraph.slice(4), language: match[1] } : { text: paragraph, language: article.language };
  });
}

/** Semantic HTML5 with og/JSON-LD, cookie banner, share bar, inline "read also", related aside and top-news block. */
function htmlSemantic(article: EvalArticle, body: GoldParagraph[], f: Furniture): string {
  const middle = Math.ceil(body.length / 2);
  const paragraphs = body.map((p) => `<p>${escape(p.text)}</p>`);
  paragraphs.splice(middle, 0, `<p><strong>${f.readAlso}:</strong> <a href="/n/1">${escape(f.headlines[0])}</a></p>`);
  return `<!DOCTYPE html><html lang="${article.language}"><head><meta charset="utf-8">
<title>${escape(article.title)} | Newsroom ${article.id}</title>
<meta property="og:site_name" content="Newsroom ${article.id}"><meta property="og:title" content="${escape(article.title)}">
<meta property="og:image" content="https://news.example/${article.id}.jpg"><link rel="canonical" href="https://news.example/${article.id}">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: article.title, datePublished: '2024-05-14T10:42:00+03:00', author: { '@type': 'Person', name: f.byline } })}</script>
<script>var _tracking = "${f.headlines[1]}";</script></head><body>
<header class="site-header"><nav><ul>${f.nav.map((item) => `<li><a href="/">${item}</a></li>`).join('')}</ul></nav></header>
<div id="cookie-consent" class="consent-banner"><p>${f.cookie}</p><button>OK</button></div>
<main><article><header><h1>${escape(article.title)}</h1><p class="byline">${f.byline}</p><time datetime="2024-05-14T10:42:00+03:00">${f.date}</time></header>
<div class="share-buttons"><span>${f.share}</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Telegram</a></div>
<div class="article-body">${paragraphs.join('\n')}</div>
<aside class="related-news"><h3>${f.readAlso}</h3><ul>${f.headlines
    .slice(1)
    .map((h) => `<li><a href="/n">${escape(h)}</a></li>`)
    .join('')}</ul></aside>
</article>
<section class="top-news"><h2>${f.topNews}</h2>${f.headlines.map((h, i) => `<div class="item"><span class="section">${f.sections[i % f.sections.length]}</span><a href="/t">${escape(h)}</a></div>`).join('')}</section></main>
<footer><p>${f.subscribe}</p><p>${f.footer}</p></footer></body></html>`;
}

/** Old-style div soup: no semantic tags, <br><br> paragraphs, furniture recognisable only by class names and links. */
function htmlDivSoup(article: EvalArticle, body: GoldParagraph[], f: Furniture): string {
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${escape(article.title)} - Newsroom ${article.id}</title></head>
<body><div id="wrapper"><div class="top-menu">${f.nav.map((item) => `<a href="/">${item}</a>`).join(' | ')}</div>
<div class="content"><div class="left-col"><div class="news-item">
<div class="news-title"><h1>${escape(article.title)}</h1></div><div class="news-date">${f.date}</div>
<div class="news-text">${body.map((p) => escape(p.text)).join('<br><br>\n')}</div>
<div class="social-links">${f.share}: <a href="#">FB</a> <a href="#">TW</a></div>
<div class="more-news"><b>${f.readAlso}</b><br>${f.headlines.map((h) => `<a href="/n">${escape(h)}</a>`).join('<br>')}</div>
</div></div><div class="right-col"><div class="popular"><b>${f.topNews}</b>${f.headlines.map((h, i) => `<div><i>${f.sections[i % f.sections.length]}</i> <a href="/p">${escape(h)}</a></div>`).join('')}</div></div></div>
<div class="bottom">${f.footer} <a href="/privacy">Privacy</a></div></div></body></html>`;
}

/** Minimal markup: bare h1 and p, an unclassed link list and a © line, so only text and link density tell them apart. */
function htmlMinimal(article: EvalArticle, body: GoldParagraph[], f: Furniture): string {
  return `<html><body><p><a href="/">${f.nav[0]}</a> / <a href="/s">${f.sections[0]}</a></p><h1>${escape(article.title)}</h1>
${body.map((p) => `<p>${escape(p.text)}</p>`).join('\n')}
<p>${f.share}</p><ul>${f.headlines.map((h) => `<li><a href="/n">${escape(h)}</a></li>`).join('')}</ul><p>${f.footer}</p></body></html>`;
}

/** Copy of a page like the seed: title, paragraphs with blank lines, then furniture as a block of short lines. */
function textSeedLike(article: EvalArticle, body: GoldParagraph[], f: Furniture): string {
  const after = [
    f.share,
    f.readAlso,
    f.sections[0],
    f.headlines[0],
    f.sections[1],
    f.headlines[1],
    f.topNews,
    ...f.headlines.flatMap((h, i) => [f.sections[i % f.sections.length], h]),
    f.subscribe,
    '',
    f.footer,
  ];
  return [article.title, '', ...body.flatMap((p) => [p.text, '']), ...after].join('\n');
}

/** Navigation first, then title, date and byline, an inline "read also" mid-article, related list and cookie notice. */
function textNavFirst(article: EvalArticle, body: GoldParagraph[], f: Furniture): string {
  const middle = Math.ceil(body.length / 2);
  const lines = body.flatMap((p) => [p.text, '']);
  lines.splice(middle * 2, 0, `${f.readAlso}: ${f.headlines[2]}`, '');
  return [
    ...f.nav,
    '',
    article.title,
    f.date,
    f.byline,
    '',
    ...lines,
    f.readAlso,
    ...f.headlines,
    '',
    f.cookie,
    f.footer,
  ].join('\n');
}

/** No blank lines at all: every paragraph and every piece of furniture on its own line. */
function textDense(article: EvalArticle, body: GoldParagraph[], f: Furniture): string {
  return [
    f.date,
    article.title,
    ...body.map((p) => p.text),
    f.share,
    f.topNews,
    ...f.headlines,
    f.subscribe,
    f.footer,
  ].join('\n');
}

const HTML = [htmlSemantic, htmlDivSoup, htmlMinimal];
const TEXT = [textSeedLike, textNavFirst, textDense];

export function buildDataset(): EvalDocument[] {
  return [...ARTICLES_1, ...ARTICLES_2].map((article, index) => {
    const f = FURNITURE[article.language];
    const paragraphs = gold(article);
    const kind = index % 2 === 0 ? 'html' : 'page-text';
    const render = kind === 'html' ? HTML[(index / 2) % 3] : TEXT[((index - 1) / 2) % 3];
    const first = paragraphs[0].text;
    const last = paragraphs[paragraphs.length - 1].text;
    return {
      id: article.id,
      kind,
      input: render(article, paragraphs, f),
      title: article.title,
      language: article.language,
      paragraphs,
      mustContain: [first.slice(0, 40), last.slice(-40)],
      mustNotContain: [f.share, f.topNews, f.headlines[0], f.headlines[3], f.footer, f.cookie.slice(0, 30), f.nav[1]],
    };
  });
}
