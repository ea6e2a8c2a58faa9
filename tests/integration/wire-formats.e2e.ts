import { ARTICLE_SOURCE_HEADER, articleIdFor, DeadLetterSchema, Topics } from '@newsflow/contracts';
import { eventually } from '@newsflow/test-harness';
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
  XXE_RSS,
} from '@newsflow/wire-formats/testing';

import { json, KafkaProbe } from './support/kafka-probe';
import { getArticle, postRaw } from './support/newsflow-client';

type Ninjs = {
  language?: string;
  headlines: { value: string }[];
  bodies: { value: string }[];
  subjects: { name?: string; literal?: string; creator?: string }[];
  places: { name?: string; rel?: string }[];
  altids: { role: string; value: string }[];
  newsflow: { source: string; sender: { language: string | null; subjects: unknown[] } };
};

interface Sample {
  name: string;
  contentType: string;
  body: (tag: string) => string | Buffer;
  /** The source and guid of the first article, which fix its id. */
  first: (tag: string) => { source: string; guid: string };
  expected: { language: string; headline: RegExp; body: string | RegExp; senderSubject: string };
}

const asJson = (make: (tag: string) => object) => (tag: string) => JSON.stringify(make(tag));

const samples: Sample[] = [
  {
    name: 'ninjs 1.x',
    contentType: 'application/ninjs+json',
    body: asJson(ninjs1Item),
    first: (tag) => ({ source: 'e2e-wire', guid: `urn:newsml:wire.example.org:${tag}:ninjs1` }),
    expected: {
      language: 'en',
      headline: /^Council approves tram plan/,
      body: /^The city council/,
      senderSubject: 'politics',
    },
  },
  {
    name: 'ninjs 2.x',
    contentType: 'application/ninjs+json',
    body: asJson(ninjs2Item),
    first: (tag) => ({ source: 'e2e-wire', guid: `https://wire.example.org/news/${tag}/ninjs2` }),
    expected: { language: 'uk', headline: /^Уряд ухвалив/, body: UKRAINIAN_BODY, senderSubject: 'energy' },
  },
  {
    name: 'NewsML-G2',
    contentType: 'application/vnd.iptc.g2.newsitem+xml',
    body: newsmlG2Item,
    first: (tag) => ({ source: 'e2e-wire', guid: `urn:newsml:wire.example.org:${tag}:g2` }),
    expected: {
      language: 'uk',
      headline: /^Енергетики відбудують підстанції .* & ТЕС$/,
      body: /^Кабінет міністрів/,
      senderSubject: 'енергетика',
    },
  },
  {
    name: 'RSS 2.0',
    contentType: 'application/rss+xml',
    body: (tag) => rss(tag, 2),
    first: (tag) => ({ source: 'e2e-wire', guid: `${tag}-0` }),
    expected: {
      language: 'en',
      headline: /^city council approved/,
      body: /^The city council/,
      senderSubject: 'politics',
    },
  },
  {
    name: 'Atom 1.0',
    contentType: 'application/atom+xml',
    body: atom,
    first: (tag) => ({ source: 'e2e-wire', guid: `urn:partner:${tag}:1` }),
    expected: {
      language: 'en',
      headline: /^Tram plan approved/,
      body: /^The city council/,
      senderSubject: 'Transport',
    },
  },
  {
    name: 'JSON Feed',
    contentType: 'application/feed+json',
    body: asJson(jsonFeed),
    first: (tag) => ({ source: 'e2e-wire', guid: `${tag}-json-1` }),
    expected: {
      language: 'en',
      headline: /^Tram plan approved/,
      body: /^The city council/,
      senderSubject: 'transport',
    },
  },
  {
    name: 'windows-1251 RSS (XML declaration)',
    contentType: 'application/rss+xml',
    body: windows1251Rss,
    first: (tag) => ({ source: 'e2e-wire', guid: `${tag}-0` }),
    expected: {
      language: 'uk',
      headline: /^міністрів ухвалив нову програму/,
      body: UKRAINIAN_BODY,
      senderSubject: 'politics',
    },
  },
  {
    name: 'KOI8-R RSS (charset in the content type)',
    contentType: 'application/rss+xml; charset=koi8-r',
    body: koi8rRss,
    first: (tag) => ({ source: 'e2e-wire', guid: `${tag}-0` }),
    expected: { language: 'ru', headline: /^утвердило новую программу/, body: RUSSIAN_BODY, senderSubject: 'politics' },
  },
];

async function expectCleanNinjs(id: string, sample: Sample): Promise<void> {
  const article = await eventually(async () => {
    const reply = await getArticle(id);
    expect(reply.status).toBe(200);
    return reply.body as unknown as Ninjs;
  });
  expect(article.language).toBe(sample.expected.language);
  expect(article.headlines[0].value).toMatch(sample.expected.headline);
  const body = article.bodies[0].value;
  if (typeof sample.expected.body === 'string') expect(body).toContain(sample.expected.body);
  else expect(body).toMatch(sample.expected.body);
  expect(body).not.toMatch(/<\/?[a-z]+[\s>]|&lt;|&amp;|\uFFFD/);
  expect(article.newsflow.source).toBe('e2e-wire');
  expect(article.subjects).toContainEqual(
    expect.objectContaining({ name: sample.expected.senderSubject, creator: 'sender' }),
  );
  expect(article.newsflow.sender.subjects).toContainEqual(
    expect.objectContaining({ name: sample.expected.senderSubject }),
  );
}

describe('newsroom wire formats over HTTP come out as clean, tagged ninjs', () => {
  const run = Date.now();

  it.each(samples)('$name', async (sample) => {
    const tag = `h${run}${samples.indexOf(sample)}`;
    const reply = await postRaw(sample.body(tag), sample.contentType, 'e2e-wire');
    expect(reply).toMatchObject({ status: 202 });
    const id = articleIdFor({ ...sample.first(tag), text: 'x' });
    expect((reply.body as { ids: string[] }).ids[0]).toBe(id);
    if (sample.name === 'RSS 2.0') expect((reply.body as { ids: string[] }).ids).toHaveLength(2);
    await expectCleanNinjs(id, sample);
  });

  it.each([
    ['an external entity (XXE)', 'application/rss+xml', XXE_RSS, /document type declarations are refused/],
    [
      'an entity expansion bomb',
      'application/vnd.iptc.g2.newsitem+xml',
      BILLION_LAUGHS,
      /document type declarations are refused/,
    ],
    [
      'malformed NewsML-G2',
      'application/vnd.iptc.g2.newsitem+xml',
      '<newsItem guid="x"><itemMeta></newsItem>',
      /malformed XML/,
    ],
    [
      'a broken JSON Feed',
      'application/feed+json',
      '{"version":"https://jsonfeed.org/version/1.1","items":[',
      /not a readable/,
    ],
    [
      'an Atom entry that never closes',
      'application/atom+xml',
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry>',
      /not a readable/,
    ],
    ['a ninjs item without uri', 'application/ninjs+json', '{"headline":"x"}', /not a ninjs item/],
    [
      'a feed item over a limit',
      'application/rss+xml',
      rss(`big${run}`, 1).replace(/(<item>\s*<title>)[^<]*/, `$1${'x'.repeat(1001)}`),
      /does not make valid articles/,
    ],
  ])('400 with a clear reason for %s', async (_, contentType, body, reason) => {
    const reply = await postRaw(body, contentType, 'e2e-wire');
    expect(reply.status).toBe(400);
    expect((reply.body as { message: string }).message).toMatch(reason);
  });
});

describe('newsroom wire formats on the raw topic come out as clean, tagged ninjs', () => {
  const probe = new KafkaProbe();
  const run = Date.now();

  beforeAll(() => probe.connect());
  afterAll(() => probe.disconnect());

  it.each(samples)('$name', async (sample) => {
    const tag = `k${run}${samples.indexOf(sample)}`;
    await probe.publish(Topics.rawArticle, {
      key: tag,
      value: sample.body(tag),
      headers: { 'content-type': sample.contentType, [ARTICLE_SOURCE_HEADER]: 'e2e-wire' },
    });
    await expectCleanNinjs(articleIdFor({ ...sample.first(tag), text: 'x' }), sample);
  });

  it.each([
    ['xxe', 'application/rss+xml', XXE_RSS, /document type declarations are refused/],
    ['bomb', 'text/xml', BILLION_LAUGHS, /document type declarations are refused/],
    ['malformed', 'application/atom+xml', '<feed><entry></feed>', /not a readable RSS, Atom/],
  ])('dead-letters %s with the reason, and goes on', async (name, contentType, body, reason) => {
    await probe.publish(Topics.rawArticle, {
      key: `${name}-${run}`,
      value: body,
      headers: { 'content-type': contentType, [ARTICLE_SOURCE_HEADER]: 'e2e-wire' },
    });
    const record = await probe.find(Topics.deadLetter, (m) => m.key === `${name}-${run}`);
    const letter = DeadLetterSchema.parse(json(record));
    expect(letter).toMatchObject({ stage: 'normalizer', topic: Topics.rawArticle });
    expect(letter.reason).toMatch(reason);
  });
});
