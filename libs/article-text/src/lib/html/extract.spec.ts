import { extractFromHtml } from './extract';

const page = `<!doctype html><html lang="en"><head>
<title>Port strike ends after three weeks | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
<meta property="og:image" content="/img/port.jpg">
<meta property="article:modified_time" content="2024-05-02T09:00:00+02:00">
<link rel="canonical" href="https://harbour.example/news/port-strike">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port strike ends after three weeks",
"datePublished":"2024-05-01T18:30:00+02:00","author":[{"@type":"Person","name":"Mara Quinn"}]}</script>
<script>window.ads = ["Buy now"];</script><style>p { color: red }</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept all?</div>
<main><article>
<h1>Port strike ends after three weeks</h1>
<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a></div>
<div class="article-body">
<p>Dock workers returned to the container terminal on Wednesday after unions accepted a revised pay offer, ending a strike that had lasted three weeks.</p>
<p>The agreement raises wages by six percent this year and a further four percent next year, according to a union statement.</p>
<div class="ad-slot">Advertisement</div>
<p>Read also: <a href="/x">Shipping rates climb as backlog grows</a></p>
<h2>Backlog will take weeks</h2>
<p>Port officials said clearing the backlog of more than two hundred ships would take at least a month.</p>
</div>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Rail freight hit by delays</a></li><li><a href="/b">Union leaders meet minister</a></li></ul></aside>
</article></main>
<section class="comments"><p>Great news for the city, finally someone listened to the workers!</p></section>
<footer><p>© 2024 Harbour Times. All rights reserved.</p></footer>
</body></html>`;

describe('extractFromHtml', () => {
  const article = extractFromHtml(page, 'https://harbour.example/news/port-strike?utm=x');

  it('reads metadata from og, JSON-LD, meta and link tags', () => {
    expect(article).toMatchObject({
      title: 'Port strike ends after three weeks',
      byline: 'Mara Quinn',
      publishedAt: '2024-05-01T16:30:00.000Z',
      modifiedAt: '2024-05-02T07:00:00.000Z',
      canonicalUrl: 'https://harbour.example/news/port-strike',
      leadImage: 'https://harbour.example/img/port.jpg',
    });
  });

  it('keeps the article paragraphs and subheadings only', () => {
    expect(article.paragraphs).toEqual([
      expect.stringMatching(/^Dock workers returned/),
      expect.stringMatching(/^The agreement raises wages/),
      'Backlog will take weeks',
      expect.stringMatching(/^Port officials said/),
    ]);
  });

  it('counts removed furniture by kind', () => {
    expect(article.removed).toMatchObject({ share: 1, advertising: 1, related: 2, comments: 1, footer: 1 });
  });

  it('flattens pathologically deep markup instead of recursing into it', () => {
    const deep = `${'<div>'.repeat(400)}<p>${'Deep text that still counts as a paragraph of the article. '.repeat(3)}</p>${'</div>'.repeat(400)}`;
    const result = extractFromHtml(deep);
    expect(result.flags).toContain('depth-capped');
    expect(result.flags).not.toContain('truncated-input');
    expect(result.paragraphs.join(' ')).toContain('Deep text');
  });

  it('stops parsing at thousands of unclosed elements, keeping what came before', () => {
    const lead = '<p>The lead paragraph of the article comes before the broken markup and is kept.</p>';
    const result = extractFromHtml(`<body>${lead}${'<div>'.repeat(400_000)}<p>Never reached.</p></body>`);
    expect(result.flags).toContain('truncated-input');
    expect(result.paragraphs).toEqual([
      'The lead paragraph of the article comes before the broken markup and is kept.',
    ]);
  });

  it('stops parsing after the element limit', () => {
    const result = extractFromHtml(`<body>${'<p>Short paragraph of the article text.</p>'.repeat(120_000)}</body>`);
    expect(result.flags).toContain('truncated-input');
    expect(result.paragraphs.length).toBeLessThan(120_000);
  });
});

describe('extractFromHtml on <br><br> paragraphs', () => {
  it('charges each paragraph only its own links, so prose next to a link list survives', () => {
    const prose =
      'The council approved the budget after a long debate about school repairs and road works in the north.';
    const links = Array.from(
      { length: 5 },
      (_, i) => `<a href="/n/${i}">Another headline number ${i} from the site</a>`,
    );
    const html = `<html><body><div class="story">${prose}<br><br>${prose.replace('council', 'mayor')}<br><br>${links.join('<br>')}</div></body></html>`;
    const { paragraphs } = extractFromHtml(html);
    expect(paragraphs).toEqual([prose, prose.replace('council', 'mayor')]);
  });
});

describe('extractFromHtml on an article split into wrapped chunks', () => {
  it('reads every chunk, however deep each is wrapped', () => {
    const sentences = [
      'The regional council voted on Tuesday to rebuild the old river bridge, which has been closed to lorries since spring, officials said.',
      'Engineers found that two of the five supports had cracked, and the repair will take at least eighteen months to finish, officials said.',
      'Local shops say the closure has cut their trade by a third, because customers from the other bank now drive elsewhere, officials said.',
      'The council promised a free shuttle bus across the temporary footbridge while the works go on, starting next Monday, officials said.',
      'Opposition members asked why the inspection that found the cracks had been delayed by two years, and got no answer, officials said.',
      'A public meeting on the timetable of the works is planned for the end of the month in the town hall on Market Square, officials said.',
    ];
    const chunk = (pair: string[]): string =>
      `<div class="chunk"><section><div class="w1"><div class="w2"><div class="w3">${pair.map((s) => `<p>${s}</p>`).join('')}</div></div></div></section></div>`;
    const html = `<html><body><main><div class="chunks">${chunk(sentences.slice(0, 2))}<figure><img src="a.jpg"></figure>${chunk(sentences.slice(2, 4))}<figure><img src="b.jpg"></figure>${chunk(sentences.slice(4))}</div></main><aside><p>${'Related headline that is long enough to vote. '.repeat(3)}</p></aside></body></html>`;
    expect(extractFromHtml(html).paragraphs).toEqual(sentences);
  });
});
