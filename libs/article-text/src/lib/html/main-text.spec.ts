import { extractMainText } from './main-text';
import { buildTree } from './tree';

const read = (html: string): string[] => extractMainText(buildTree(html).root, null).paragraphs;
const sentence = (subject: string): string =>
  `${subject} rose for a third month, officials said on Tuesday, while analysts expected a slower pace next year.`;

describe('extractMainText', () => {
  it('reads an article written straight into a container, between subheadings and link lists', () => {
    const paragraphs = read(`<body><main><section class="story">
      ${sentence('Rice prices')}<p></p><h2>Bread</h2>${sentence('Bread prices')}<br>
      <ul><li><a href="/buy">Buy it here</a></li></ul><h2>Milk</h2>${sentence('Milk prices')}
      </section><div class="rail"><p>If you buy something through this post, we may get a share of the sale.</p></div>
      </main></body>`);
    expect(paragraphs).toEqual(expect.arrayContaining([sentence('Rice prices'), sentence('Milk prices')]));
    expect(paragraphs.join(' ')).not.toMatch(/share of the sale/);
  });

  it('keeps a short post rather than the long comments below it', () => {
    const comment = `<li class="comment"><p>${sentence('Reader mail')}</p><p>${sentence('Reply volume')}</p></li>`;
    // Enough comments to outvote the post once comments are no longer furniture.
    const paragraphs = read(`<body><main><article><div class="entry-content">
      <p>Ask us anything about our research in the comments below; we will try to answer quickly.</p>
      </div></article><div id="comments" class="comments-area"><ul>${comment.repeat(16)}</ul></div></main></body>`);
    expect(paragraphs).toEqual([
      'Ask us anything about our research in the comments below; we will try to answer quickly.',
    ]);
  });

  it('keeps unlinked lines after a share label: the article goes on', () => {
    const paragraphs = read(`<body><div class="post"><p>${sentence('Attendance')}</p>
      <p><a href="/wa">Share this on WhatsApp</a></p>
      <p>Round 1: 10 March – North track<br>Round 2: 8 April – South track</p>
      <p><a href="/a">Other story one</a></p></div></body>`);
    expect(paragraphs.join('\n')).toMatch(/Round 1: 10 March – North track/);
  });

  it('still drops the linked headlines a "Read also" label opens', () => {
    const paragraphs = read(`<body><div class="post"><p>${sentence('Attendance')}</p><p>Read also:</p>
      <p><a href="/a">Stadium roof to be replaced before winter</a></p>
      <p><a href="/b">Coach signs a new two-year contract</a></p><p>${sentence('Ticket sales')}</p></div></body>`);
    expect(paragraphs).toEqual([sentence('Attendance'), sentence('Ticket sales')]);
  });

  it('keeps links the author wrote out as addresses, drops linked headlines', () => {
    const paragraphs = read(`<body><div class="post"><p>${sentence('Vinyl sales')}</p>
      <p>1) Thriller on vinyl</p><p><a href="https://shop.example/t">https://shop.example/t</a></p><p>2) Bad on vinyl</p>
      <p><a href="/other">Record shops reopen in the old town</a></p></div></body>`);
    expect(paragraphs).toContain('https://shop.example/t');
    expect(paragraphs.join(' ')).not.toMatch(/Record shops reopen/);
  });

  it('keeps a post quoted from a social network, drops share buttons', () => {
    const paragraphs = read(`<body><div class="entry-content"><p>${sentence('Turnout')}</p>
      <div class="social-media-embed"><blockquote class="twitter-tweet"><p>Queues at every polling station in town this morning, see you there</p></blockquote></div>
      <div class="social-share"><p>Share this story with your friends on every network</p></div>
      <p>${sentence('Counting')}</p></div></body>`);
    expect(paragraphs).toContain('Queues at every polling station in town this morning, see you there');
    expect(paragraphs.join(' ')).not.toMatch(/Share this story/);
  });

  it('reads camelCase class names as words: a newsCaption is a caption', () => {
    const paragraphs = read(`<body><div class="story"><p>${sentence('Exports')}</p>
      <div class="photo"><img src="/a.jpg"><span class="newsCaption">Containers wait at the eastern terminal</span></div>
      <p>${sentence('Imports')}</p></div></body>`);
    expect(paragraphs).toEqual([sentence('Exports'), sentence('Imports')]);
  });

  it('drops a hover card of other stories inside a sentence, keeps the linked name', () => {
    const card =
      '<span class="card"><span><img src="/p.jpg"><a href="/p">Ann Lee</a>' +
      '<a href="/s1">Senate passes the budget</a> <a href="/s2">Ann Lee visits the port</a></span></span>';
    const paragraphs = read(`<body><div class="story"><p>The bill was drafted by Senator
      <span class="person"><a href="/p">Ann Lee</a>${card}</span> and passed on Monday after a long debate.</p>
      <p>${sentence('Support')}</p></div></body>`);
    expect(paragraphs[0]).toBe('The bill was drafted by Senator Ann Lee and passed on Monday after a long debate.');
  });

  it('leaves out a listing of other posts beside the article, each post in its own <article>', () => {
    const teaser = (subject: string): string =>
      `<article class="post"><h2><a href="/x">${subject}</a></h2><p>${sentence(subject)}</p></article>`;
    const paragraphs = read(`<body><div id="primary"><article class="post"><h1>Harvest</h1>
      <p>${sentence('Grain output')}</p><p>${sentence('Fruit output')}</p></article>
      <article class="post"><h3>You may also like</h3>${teaser('Rail fares')}${teaser('Bus fares')}${teaser('Taxi fares')}</article>
      </div></body>`);
    expect(paragraphs).toEqual(['Harvest', sentence('Grain output'), sentence('Fruit output')]);
  });

  it('leaves out a listing whose heading is only named as related, whatever its words', () => {
    const teaser = (subject: string): string => `<article class="post"><p>${sentence(subject)}</p></article>`;
    const paragraphs = read(`<body><div id="primary"><article class="post"><p>${sentence('Grain output')}</p></article>
      <article class="post"><h3 class="relatedpoststitle">Talvez goste</h3>${teaser('Rail fares')}${teaser('Bus fares')}${teaser('Taxi fares')}</article>
      </div></body>`);
    expect(paragraphs).toEqual([sentence('Grain output')]);
  });

  it('keeps a live report whose updates are <article>s under a plain heading', () => {
    const update = (subject: string): string => `<article class="update"><p>${sentence(subject)}</p></article>`;
    const paragraphs = read(
      `<body><main><article><h2>Latest updates</h2>${update('Rail fares')}${update('Bus fares')}</article></main></body>`,
    );
    expect(paragraphs).toEqual(expect.arrayContaining([sentence('Rail fares'), sentence('Bus fares')]));
  });

  it('keeps a sibling chunk of the story that quotes one embedded post', () => {
    const paragraphs =
      read(`<body><div id="primary"><article><p>${sentence('Grain output')}</p><p>${sentence('Fruit output')}</p></article>
      <article><p>${sentence('Seed imports')}</p><article class="embed"><p>${sentence('Farm sales')}</p></article><p>${sentence('Wheat prices')}</p></article>
      </div></body>`);
    expect(paragraphs).toEqual(expect.arrayContaining([sentence('Seed imports'), sentence('Wheat prices')]));
  });
});
