import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { articleIdFor, Topics } from '@newsflow/contracts';
import { eventually, type StackOptions, startExtraApp } from '@newsflow/test-harness';
import { koi8rRss, rss, windows1251Rss } from '@newsflow/wire-formats/testing';

import { json, KafkaProbe, type RecordedMessage } from './support/kafka-probe';
import { opsOk } from './support/ops-cli';
import { articleRows } from './support/storage-probe';

const SLOT = Number(process.env['NEWSFLOW_TEST_SLOT'] ?? '0');
const FEED_INGEST_PORTS = [3100 + SLOT * 20 + 7, 3100 + SLOT * 20 + 8];
const options = (): StackOptions => JSON.parse(process.env['NEWSFLOW_TEST_STACK_OPTIONS'] ?? '{}');
const POLLING_ENV = {
  INGEST_AUTH: 'required',
  INGEST_RATE_LIMIT_PER_MINUTE: '100000',
  FEED_POLL_TICK_MS: '200',
  FEED_MIN_INTERVAL_SECONDS: '1',
  FEED_MAX_BACKOFF_SECONDS: '3',
  FEED_FETCH_TIMEOUT_MS: '3000',
};

/** What the partner's feed server answers now; tests change it between polls. */
interface Served {
  status: number;
  body: Buffer;
  contentType: string;
  etag?: string;
}

/** A partner's feed server on loopback: answers 304 to a matching If-None-Match, and logs every request. */
class FeedServer {
  readonly served = new Map<string, Served>();
  readonly requests: { path: string; ifNoneMatch?: string; status: number; at: number }[] = [];
  private server: Server | undefined;
  private port = 0;

  async start(): Promise<void> {
    const server = createServer((request: IncomingMessage, response) => {
      const path = request.url ?? '/';
      const feed = this.served.get(path);
      const ifNoneMatch = request.headers['if-none-match'];
      const status = !feed ? 404 : feed.etag && ifNoneMatch === feed.etag && feed.status === 200 ? 304 : feed.status;
      this.requests.push({ path, ifNoneMatch, status, at: Date.now() });
      if (!feed || status !== 200) return response.writeHead(status).end();
      response.writeHead(200, { 'content-type': feed.contentType, ...(feed.etag ? { etag: feed.etag } : {}) });
      response.end(feed.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  requestsFor(path: string) {
    return this.requests.filter((request) => request.path === path);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

interface FeedStatus {
  id: string;
  url: string;
  source: string;
  paused: boolean;
  lastStatus: number | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  nextPollAt: string;
  consecutiveFailures: number;
  itemsSeen: number;
  itemsNew: number;
}

async function createKey(source: string, scopes: string): Promise<string> {
  const token = /^key (\S+)/m.exec(await opsOk('keys', 'create', '--source', source, '--scopes', scopes))?.[1];
  if (!token) throw new Error('keys create printed no key');
  return token;
}

describe('feed polling: feeds registered on ingest are polled into the pipeline', () => {
  const run = Date.now().toString(36);
  const source = `e2e-feeds-${run}`;
  const probe = new KafkaProbe();
  const server = new FeedServer();
  let ingest: { url: string; stop(): Promise<void> };
  let publishKey: string;
  let adminKey: string;

  const call = (method: string, path: string, key: string | null, body?: unknown) =>
    fetch(`${ingest.url}${path}`, {
      method,
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
  const register = async (path: string, intervalSeconds = 1): Promise<FeedStatus> => {
    const reply = await call('POST', '/v1/feeds', publishKey, { url: server.url(path), source, intervalSeconds });
    expect(reply.status).toBe(201);
    return (await reply.json()) as FeedStatus;
  };
  const status = async (id: string): Promise<FeedStatus> => {
    const { feeds } = (await (await call('GET', '/v1/feeds', publishKey)).json()) as { feeds: FeedStatus[] };
    const feed = feeds.find((candidate) => candidate.id === id);
    if (!feed) throw new Error(`feed ${id} is not listed`);
    return feed;
  };
  const published = async (feedId: string): Promise<RecordedMessage[]> =>
    (await probe.readAll(Topics.rawArticle)).filter(
      (message) => message.headers['ce_submittedby']?.toString() === `feed:${feedId}`,
    );
  const guids = (messages: RecordedMessage[]) => messages.map((message) => json(message)['guid'] as string).sort();
  const servedRss = (tag: string, items: number, etag?: string): Served => ({
    status: 200,
    body: Buffer.from(rss(tag, items)),
    contentType: 'application/rss+xml; charset=utf-8',
    etag,
  });
  const startPollingIngest = (port: number, logName: string) =>
    startExtraApp('ingest', options(), { port, logName, env: POLLING_ENV });

  beforeAll(async () => {
    await server.start();
    ingest = await startPollingIngest(FEED_INGEST_PORTS[0], 'ingest-feeds');
    await eventually(async () => expect((await fetch(`${ingest.url}/health/ready`)).status).toBe(200), 60_000);
    publishKey = await createKey(source, 'publish');
    adminKey = await createKey(`e2e-feeds-admin-${run}`, 'admin');
    await probe.connect();
  }, 120_000);

  afterAll(async () => {
    await probe.disconnect();
    await ingest?.stop();
    await server.stop();
  });

  it('registers feeds only with a key of their source (or an admin key), valid URLs and sane intervals', async () => {
    const body = { url: server.url('/api'), source, intervalSeconds: 60 };
    expect((await call('POST', '/v1/feeds', null, body)).status).toBe(401);
    expect((await call('POST', '/v1/feeds', await createKey(source, 'read'), body)).status).toBe(403);
    const foreign = await call('POST', '/v1/feeds', publishKey, { ...body, source: 'someone-else' });
    expect(foreign.status).toBe(403);
    const bad = await call('POST', '/v1/feeds', publishKey, { ...body, url: 'file:///etc/passwd', intervalSeconds: 0 });
    expect(bad.status).toBe(400);
    const paths = ((await bad.json()) as { errors: { path: string }[] }).errors.map((error) => error.path).sort();
    expect(paths).toEqual(['intervalSeconds', 'url']);
    const tooRare = await call('POST', '/v1/feeds', publishKey, { ...body, intervalSeconds: 10 * 86_400 });
    expect(tooRare.status).toBe(400);

    expect((await call('POST', '/v1/feeds', publishKey, body)).status).toBe(201);
    expect((await call('POST', '/v1/feeds', publishKey, body)).status).toBe(409);
    const byAdmin = await call('POST', '/v1/feeds', adminKey, { ...body, url: server.url('/api-admin') });
    expect(byAdmin.status).toBe(201);
    const adminFeed = (await byAdmin.json()) as FeedStatus;
    expect(adminFeed.source).toBe(source);

    const otherKey = await createKey(`e2e-feeds-other-${run}`, 'publish');
    const { feeds: othersView } = (await (await call('GET', '/v1/feeds', otherKey)).json()) as { feeds: FeedStatus[] };
    expect(othersView).toEqual([]);
    expect((await call('PATCH', `/v1/feeds/${adminFeed.id}`, otherKey, { paused: true })).status).toBe(404);
    expect((await call('DELETE', `/v1/feeds/${adminFeed.id}`, otherKey)).status).toBe(404);
    expect((await call('DELETE', `/v1/feeds/not-a-uuid`, publishKey)).status).toBe(400);
    expect((await call('DELETE', `/v1/feeds/${adminFeed.id}`, publishKey)).status).toBe(204);
    expect((await call('DELETE', `/v1/feeds/${adminFeed.id}`, publishKey)).status).toBe(404);
  });

  it('publishes only new items as the feed changes, and a 304 costs no publish', async () => {
    const tag = `grow-${run}`;
    server.served.set('/grow', servedRss(tag, 2, '"v1"'));
    const registeredAt = Date.now();
    const feed = await register('/grow');
    await eventually(async () => expect(guids(await published(feed.id))).toEqual([`${tag}-0`, `${tag}-1`]), 30_000);
    const firstPublishMs = Date.now() - registeredAt;

    const conditional = () => server.requestsFor('/grow').filter((request) => request.status === 304).length;
    await eventually(async () => expect(conditional()).toBeGreaterThanOrEqual(2), 15_000);
    expect(
      server
        .requestsFor('/grow')
        .filter((r) => r.status === 304)
        .every((r) => r.ifNoneMatch === '"v1"'),
    ).toBe(true);
    expect(await published(feed.id)).toHaveLength(2);
    expect(await status(feed.id)).toMatchObject({ lastStatus: 304, itemsSeen: 2, itemsNew: 2, lastError: null });

    const changedAt = Date.now();
    server.served.set('/grow', servedRss(tag, 4, '"v2"'));
    await eventually(async () => expect(await published(feed.id)).toHaveLength(4), 30_000);
    const changeMs = Date.now() - changedAt;
    expect(guids(await published(feed.id))).toEqual([0, 1, 2, 3].map((n) => `${tag}-${n}`));
    expect(await status(feed.id)).toMatchObject({ itemsNew: 4, consecutiveFailures: 0 });

    const ids = [0, 1, 2, 3].map((n) => articleIdFor({ source, guid: `${tag}-${n}` } as never));
    await eventually(async () => expect(await articleRows(ids)).toHaveLength(4), 60_000);
    process.stdout.write(`\nfeed poll: first items on the raw topic ${firstPublishMs} ms after registering, `);
    process.stdout.write(`a change seen ${changeMs} ms after it was made (interval 1 s)\n`);
  });

  it('shows a broken feed in its status, backs off, and resumes once it is fixed', async () => {
    const tag = `broken-${run}`;
    server.served.set('/broken', servedRss(tag, 1, '"b1"'));
    const feed = await register('/broken');
    await eventually(async () => expect(await published(feed.id)).toHaveLength(1), 30_000);

    server.served.set('/broken', { status: 500, body: Buffer.alloc(0), contentType: 'text/plain' });
    await eventually(async () => {
      const broken = await status(feed.id);
      expect(broken).toMatchObject({ lastStatus: 500, lastError: 'the feed answered HTTP 500' });
      expect(broken.consecutiveFailures).toBeGreaterThanOrEqual(2);
      expect(Date.parse(broken.nextPollAt) - Date.parse(broken.lastErrorAt ?? '')).toBeGreaterThanOrEqual(1_900);
    }, 30_000);

    server.served.set('/broken', {
      status: 200,
      body: Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><item><title>cut off'),
      contentType: 'application/rss+xml',
      etag: '"b2"',
    });
    await eventually(async () => expect((await status(feed.id)).lastError).toMatch(/not a readable RSS/), 30_000);
    expect(await published(feed.id)).toHaveLength(1);

    const fixedAt = Date.now();
    server.served.set('/broken', servedRss(tag, 3, '"b3"'));
    await eventually(async () => {
      const fixed = await status(feed.id);
      expect(fixed).toMatchObject({ consecutiveFailures: 0, lastStatus: 200, itemsNew: 3 });
      expect(Date.parse(fixed.lastSuccessAt ?? '')).toBeGreaterThanOrEqual(fixedAt - 1_000);
    }, 30_000);
    expect(guids(await published(feed.id))).toEqual([0, 1, 2].map((n) => `${tag}-${n}`));
  });

  it('publishes no item twice across a restart of ingest and a second polling instance', async () => {
    const tag = `restart-${run}`;
    server.served.set('/restart', servedRss(tag, 3));
    const feed = await register('/restart');
    await eventually(async () => expect(await published(feed.id)).toHaveLength(3), 30_000);

    const second = await startPollingIngest(FEED_INGEST_PORTS[1], 'ingest-feeds-2');
    try {
      await ingest.stop();
      ingest = await startPollingIngest(FEED_INGEST_PORTS[0], 'ingest-feeds');
      await eventually(async () => expect((await fetch(`${ingest.url}/health/ready`)).status).toBe(200), 60_000);
      const before = server.requestsFor('/restart').length;
      // No ETag: every poll downloads the whole feed, so only the seen items keep it from republishing.
      await eventually(
        async () => expect(server.requestsFor('/restart').length).toBeGreaterThanOrEqual(before + 6),
        30_000,
      );
      expect(await published(feed.id)).toHaveLength(3);
      server.served.set('/restart', servedRss(tag, 5));
      await eventually(async () => expect(await published(feed.id)).toHaveLength(5), 30_000);
      const more = server.requestsFor('/restart').length;
      await eventually(
        async () => expect(server.requestsFor('/restart').length).toBeGreaterThanOrEqual(more + 4),
        30_000,
      );
      expect(guids(await published(feed.id))).toEqual([0, 1, 2, 3, 4].map((n) => `${tag}-${n}`));
      expect((await status(feed.id)).itemsNew).toBe(5);
    } finally {
      await second.stop();
    }
  });

  it('never has two instances poll one feed at once', () => {
    const gaps = server
      .requestsFor('/restart')
      .slice(1)
      .map((request, index) => request.at - server.requestsFor('/restart')[index].at);
    // Interval 1 s: two instances polling the same feed at the same moment would show requests in the same instant.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(500);
  });

  it('takes the charset of a feed from its XML declaration or from the HTTP header', async () => {
    server.served.set('/cp1251', { status: 200, body: windows1251Rss(`cp-${run}`), contentType: 'application/xml' });
    server.served.set('/koi8', { status: 200, body: koi8rRss(`koi-${run}`), contentType: 'text/xml; charset=KOI8-R' });
    const [cp1251, koi8] = [await register('/cp1251'), await register('/koi8')];
    const title = async (feedId: string) => {
      const [message] = await published(feedId);
      if (!message) throw new Error('nothing published yet');
      return json(message)['title'] as string;
    };
    await eventually(async () => expect(await title(cp1251.id)).toMatch(/[а-яіїєґ]{4,}/i), 30_000);
    await eventually(async () => expect(await title(koi8.id)).toMatch(/[а-я]{4,}/i), 30_000);
    expect(await title(cp1251.id)).not.toMatch(/[ÐÑ]|\uFFFD/);
    expect(await title(koi8.id)).not.toMatch(/[ÐÑ]|\uFFFD/);
  });

  it('stops polling a paused feed and picks it up again on resume', async () => {
    server.served.set('/pause', servedRss(`pause-${run}`, 1, '"p1"'));
    const feed = await register('/pause');
    await eventually(async () => expect(server.requestsFor('/pause').length).toBeGreaterThanOrEqual(2), 30_000);
    expect(
      (await (await call('PATCH', `/v1/feeds/${feed.id}`, publishKey, { paused: true })).json()) as FeedStatus,
    ).toMatchObject({
      paused: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const whilePaused = server.requestsFor('/pause').length;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(server.requestsFor('/pause').length).toBe(whilePaused);
    expect((await call('PATCH', `/v1/feeds/${feed.id}`, adminKey, { paused: false })).status).toBe(200);
    await eventually(async () => expect(server.requestsFor('/pause').length).toBeGreaterThan(whilePaused), 15_000);
  });
});
