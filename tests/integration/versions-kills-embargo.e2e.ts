import { Topics } from '@newsflow/contracts';
import { eventually } from '@newsflow/test-harness';

import { KafkaProbe } from './support/kafka-probe';
import {
  deleteArticle,
  getArticle,
  getArticleVersions,
  postArticle,
  postRaw,
  search,
  searchUpdates,
} from './support/newsflow-client';
import { publicationOf } from './support/storage-probe';

const source = `e2e-versions-${Date.now()}`;
const body = (n: number) =>
  `The port authority reopened the northern harbour on Monday after storm repairs, report number ${n} says.`;

async function searchable(id: string): Promise<boolean> {
  const found = await search({ source, size: '50' });
  expect(found.status).toBe(200);
  return found.body.items.some((item) => item.id === id);
}

async function expectSearchable(id: string): Promise<void> {
  await eventually(async () => expect(await searchable(id)).toBe(true));
}

async function expectWithdrawn(id: string): Promise<void> {
  await eventually(async () => {
    expect(await searchable(id)).toBe(false);
    expect((await publicationOf(id)).status).toBe('withdrawn');
  }, 20_000);
  expect((await getArticle(id)).body).toMatchObject({ pubstatus: 'canceled' });
}

describe('versions, corrections, kills and embargoes', () => {
  const probe = new KafkaProbe();

  beforeAll(() => probe.connect());
  afterAll(() => probe.disconnect());

  it('lets version 2 replace version 1 in search and keeps both in the history', async () => {
    const id = await postArticle({ source, guid: 'correction', title: 'Harbour closed', text: body(1) });
    await expectSearchable(id);
    await postArticle({ source, guid: 'correction', title: 'Harbour reopened', text: body(2) });
    await eventually(async () => {
      const found = await search({ source, size: '50' });
      expect(found.body.items.filter((item) => item.id === id).map((item) => item.title)).toEqual(['Harbour reopened']);
    });
    const history = await getArticleVersions(id);
    expect(history.status).toBe(200);
    expect(history.body.versions.map((v) => v['headline'])).toEqual(['Harbour reopened', 'Harbour closed']);
    expect(history.body.versions.map((v) => v['status'])).toEqual(['usable', 'usable']);
  });

  it('takes a JSON kill out of search, keeps it withdrawn and lets no late older version bring it back', async () => {
    const id = await postArticle({ source, guid: 'json-kill', title: 'Mayor resigns', text: body(3) });
    await expectSearchable(id);
    const usable = await probe.find(Topics.classifiedArticle, (m) => m.key === id);
    await postArticle({ source, guid: 'json-kill', title: 'Mayor resigns', text: body(3), pubStatus: 'withdrawn' });
    await expectWithdrawn(id);

    const late = await probe.publish(Topics.classifiedArticle, {
      key: id,
      value: usable.value,
      headers: usable.headers,
    });
    await probe.waitUntilConsumed('newsflow-indexer', Topics.classifiedArticle, late);
    expect(await searchable(id)).toBe(false);
    expect(await publicationOf(id)).toMatchObject({ status: 'withdrawn', history: 2 });
  });

  it('takes a ninjs item with pubstatus canceled out of search', async () => {
    const item = { uri: `urn:e2e:${source}:ninjs`, headline: 'Bridge closed', body_text: body(4), language: 'en' };
    const posted = await postRaw(JSON.stringify(item), 'application/ninjs+json', source);
    expect(posted.status).toBe(202);
    const [id] = (posted.body as { ids: string[] }).ids;
    await expectSearchable(id);
    const killed = await postRaw(JSON.stringify({ ...item, pubstatus: 'canceled' }), 'application/ninjs+json', source);
    expect(killed.status).toBe(202);
    await expectWithdrawn(id);
  });

  it('takes an article killed with DELETE out of search', async () => {
    const id = await postArticle({ source, guid: 'deleted', title: 'Ferry strike', text: body(5) });
    await expectSearchable(id);
    expect((await deleteArticle(id)).status).toBe(202);
    await expectWithdrawn(id);
    expect((await publicationOf(id)).history).toBe(2);
  });

  it('stores an embargoed article at once, makes it searchable only at its time and announces it then', async () => {
    const liveView = await searchUpdates({ source });
    expect(liveView.status).toBe(200);
    const cursor = liveView.body.cursor;
    const embargoedUntil = new Date(Date.now() + 20_000).toISOString();
    const id = await postArticle({ source, guid: 'embargoed', title: 'Budget vote', text: body(6), embargoedUntil });
    await eventually(async () => expect((await publicationOf(id)).status).toBe('usable'));
    expect(Date.now()).toBeLessThan(Date.parse(embargoedUntil));
    expect(await searchable(id)).toBe(false);
    expect((await searchUpdates({ source, since: cursor })).body.latest.map((arrival) => arrival.id)).not.toContain(id);
    expect((await getArticle(id)).body).toMatchObject({ embargoed: embargoedUntil });
    await eventually(async () => expect(await searchable(id)).toBe(true), 40_000);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(embargoedUntil));
    const announced = await searchUpdates({ source, since: cursor });
    expect(announced.body.latest.map((arrival) => arrival.id)).toContain(id);
    expect(Date.parse(announced.body.cursor)).toBe(Date.parse(embargoedUntil));
  });
});
