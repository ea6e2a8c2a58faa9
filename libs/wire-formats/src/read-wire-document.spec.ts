import { ArticleRejectedError } from '@newsflow/contracts';

import { readWireDocument } from './read-wire-document';
import {
  atom,
  BILLION_LAUGHS,
  jsonFeed,
  koi8rRss,
  newsmlG2Item,
  ninjs1Item,
  ninjs2Item,
  rss,
  RUSSIAN_BODY,
  UKRAINIAN_BODY,
  windows1251Rss,
  wireDocument,
  XXE_RSS,
} from './testing';

const document = wireDocument;

function refusal(read: () => unknown): ArticleRejectedError {
  try {
    read();
  } catch (error) {
    if (error instanceof ArticleRejectedError) return error;
    throw error;
  }
  throw new Error('the document was accepted');
}

describe('readWireDocument', () => {
  it('reads ninjs 1.x: flat headline and HTML body, the sender’s subjects and places, its language', () => {
    const [article] = readWireDocument(document('application/ninjs+json', ninjs1Item('t1'), 'wire'));
    expect(article).toMatchObject({
      source: 'wire',
      guid: 'urn:newsml:wire.example.org:t1:ninjs1',
      title: 'Council approves tram plan t1',
      language: 'en',
      publishedAt: '2026-11-30T06:55:00.000Z',
      subjects: [{ name: 'politics', code: 'medtop:11000000' }],
      places: [{ name: 'Manchester', code: 'geo:manchester' }],
    });
    expect(article.html).toContain('<p>The city council');
    expect(article.url).toBeUndefined();
  });

  it('reads ninjs 2.x: headlines and bodies arrays, uri as guid and link, source from infosources', () => {
    const [article] = readWireDocument(document('application/ninjs+json', ninjs2Item('t2')));
    expect(article).toMatchObject({
      source: 'ukrwire',
      guid: 'https://wire.example.org/news/t2/ninjs2',
      url: 'https://wire.example.org/news/t2/ninjs2',
      title: 'Уряд ухвалив програму відновлення t2',
      text: UKRAINIAN_BODY,
      language: 'uk',
      publishedAt: '2026-11-30T09:30:00.000Z',
      subjects: [{ name: 'energy', code: 'medtop:20000246', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000246' }],
      places: [{ name: 'Київ', code: 'geo:kyiv' }],
    });
  });

  it('reads a NewsML-G2 newsItem: headline, XHTML body kept as markup, subjects apart from places', () => {
    const [article] = readWireDocument(document('application/vnd.iptc.g2.newsitem+xml', newsmlG2Item('t3')));
    expect(article).toMatchObject({
      source: 'ukrwire',
      guid: 'urn:newsml:wire.example.org:t3:g2',
      title: 'Енергетики відбудують підстанції t3 & ТЕС',
      language: 'uk',
      publishedAt: '2026-11-30T10:40:00.000Z',
      subjects: [{ name: 'енергетика', code: 'medtop:20000246' }],
      places: [
        { name: 'Київ', code: 'geo:kyiv' },
        { name: 'Україна', code: 'iso3166-1a2:UA' },
      ],
    });
    expect(article.html).toContain('<p>Кабінет міністрів');
    expect(article.html).toContain('Роботи триватимуть');
  });

  it('reads every RSS item, crediting the site when no source is named', () => {
    const articles = readWireDocument(document('application/rss+xml', rss('t4', 3)));
    expect(articles).toHaveLength(3);
    expect(articles[1]).toMatchObject({
      source: 'partner.example.org',
      guid: 't4-1',
      url: 'https://partner.example.org/t4/1?utm_source=rss',
      language: 'en',
      publishedAt: '2026-11-30T12:01:00.000Z',
      subjects: [{ name: 'politics' }],
    });
    expect(articles[1].html).toContain('<p>The city council');
  });

  it('reads Atom entries and JSON Feed items', () => {
    const [entry] = readWireDocument(document('application/atom+xml', atom('t5')));
    expect(entry).toMatchObject({
      source: 'atom.example.org',
      guid: 'urn:partner:t5:1',
      url: 'https://atom.example.org/t5/1',
      title: 'Tram plan approved t5',
      publishedAt: '2026-11-30T12:30:00.000Z',
      subjects: [{ name: 'Transport', code: 'transport' }],
    });
    expect(entry.html).toMatch(/^<p>The city council/);
    const [item] = readWireDocument(document('application/feed+json', jsonFeed('t6'), 'partner'));
    expect(item).toMatchObject({
      source: 'partner',
      guid: 't6-json-1',
      language: 'en',
      subjects: [{ name: 'transport' }],
    });
  });

  it('decodes a windows-1251 feed by its XML declaration and a KOI8-R feed by the header charset', () => {
    const [ukrainian] = readWireDocument(document('application/rss+xml', windows1251Rss('t7')));
    expect(ukrainian.html).toContain(UKRAINIAN_BODY);
    const [russian] = readWireDocument(document('application/rss+xml; charset=koi8-r', koi8rRss('t8')));
    expect(russian.html).toContain(RUSSIAN_BODY);
    expect(russian.title).toMatch(/^утвердило новую программу/);
  });

  it('tells what plain XML is by its root element', () => {
    expect(readWireDocument(document('text/xml', rss('t9', 1)))).toHaveLength(1);
    expect(readWireDocument(document('application/xml', newsmlG2Item('t9')))[0].guid).toContain('t9:g2');
    expect(refusal(() => readWireDocument(document('application/xml', '<html><body/></html>'))).reason).toMatch(
      /unknown XML document: root element html/,
    );
  });

  it.each([
    ['an external entity (XXE)', 'application/rss+xml', XXE_RSS],
    ['an entity expansion bomb', 'application/vnd.iptc.g2.newsitem+xml', BILLION_LAUGHS],
    ['a DTD in plain XML', 'text/xml', BILLION_LAUGHS],
  ])('refuses %s before parsing', (_, type, xml) => {
    expect(refusal(() => readWireDocument(document(type, xml))).reason).toMatch(
      /document type declarations are refused/,
    );
  });

  it.each([
    [
      'malformed XML with its line',
      'application/vnd.iptc.g2.newsitem+xml',
      '<newsItem guid="x">\n<itemMeta></newsItem>',
      /malformed XML/,
    ],
    [
      'nesting deeper than news markup',
      'application/vnd.iptc.g2.newsitem+xml',
      `<newsItem guid="x">${'<a>'.repeat(1000)}${'</a>'.repeat(1000)}</newsItem>`,
      /malformed XML: Maximum nested tags exceeded/,
    ],
    ['a ninjs item without uri', 'application/ninjs+json', { headline: 'x', body_text: 'y' }, /not a ninjs item/],
    ['ninjs that is not JSON', 'application/ninjs+json', '{"uri":', /not JSON/],
    ['JSON that is not UTF-8', 'application/ninjs+json', Buffer.from([0x7b, 0xff, 0x7d]), /not valid UTF-8/],
    ['a broken JSON Feed', 'application/feed+json', '{"items":[', /not a readable RSS, Atom, RDF or JSON Feed/],
    ['an RSS document that is no feed', 'application/rss+xml', '<rss><nothing/></rss>', /not a readable RSS/],
    [
      'a NewsML-G2 root that is no item',
      'application/vnd.iptc.g2.newsitem+xml',
      '<catalog/>',
      /not a NewsML-G2 document/,
    ],
  ])('refuses %s with a reason', (_, type, body, reason) => {
    expect(refusal(() => readWireDocument(document(type, body as string, 'wire'))).reason).toMatch(reason);
  });

  it('names the item and field of every invalid article in a feed, and the missing source', () => {
    const bad = rss('t10', 2).replace(/<title>[^<]*t10 1<\/title>/, `<title>${'x'.repeat(1001)}</title>`);
    expect(refusal(() => readWireDocument(document('application/rss+xml', bad))).errors).toEqual([
      { path: 'items.1.title', message: expect.stringMatching(/1000/) },
    ]);
    const anonymous = { ...ninjs1Item('t11') };
    expect(refusal(() => readWireDocument(document('application/ninjs+json', anonymous))).errors).toEqual([
      { path: 'source', message: expect.stringMatching(/names no source/) },
    ]);
  });

  it.each([
    ['a ninjs kill', 'application/ninjs+json', { ...ninjs1Item('t12'), pubstatus: 'canceled' }],
    ['a ninjs withheld item', 'application/ninjs+json', { ...ninjs1Item('t16'), pubstatus: 'withheld' }],
    [
      'a NewsML-G2 kill',
      'application/vnd.iptc.g2.newsitem+xml',
      newsmlG2Item('t14').replace('stat:usable', 'stat:canceled'),
    ],
  ])('maps %s onto a withdrawal', (_, type, body) => {
    expect(readWireDocument(document(type, body, 'wire'))).toEqual([
      expect.objectContaining({ pubStatus: 'withdrawn' }),
    ]);
  });

  it('keeps a usable item without a status of its own and carries an embargo ahead', () => {
    const [usable] = readWireDocument(document('application/ninjs+json', ninjs1Item('t13'), 'wire'));
    expect(usable).not.toHaveProperty('pubStatus');
    const ahead = new Date(Date.now() + 3_600_000);
    const local = ahead.toISOString().replace('Z', '+00:00');
    const embargoed = { ...ninjs1Item('t15'), embargoed: local };
    expect(readWireDocument(document('application/ninjs+json', embargoed, 'wire'))).toEqual([
      expect.objectContaining({ embargoedUntil: ahead.toISOString() }),
    ]);
  });

  it('refuses an embargo it cannot read rather than publishing at once', () => {
    const unreadable = { ...ninjs1Item('t17'), embargoed: 'next tuesday' };
    expect(refusal(() => readWireDocument(document('application/ninjs+json', unreadable, 'wire'))).errors).toEqual([
      { path: 'embargoedUntil', message: expect.any(String) },
    ]);
  });
});
