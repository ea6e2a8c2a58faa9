import { Topics } from '@newsflow/contracts';
import { eventually, type StackOptions, startExtraApp } from '@newsflow/test-harness';
import { rss } from '@newsflow/wire-formats/testing';

import { json, KafkaProbe } from './support/kafka-probe';
import { opsOk } from './support/ops-cli';
import { publicationOf } from './support/storage-probe';

const SLOT = Number(process.env['NEWSFLOW_TEST_SLOT'] ?? '0');
const KEYED_INGEST_PORT = 3100 + SLOT * 20 + 19;
const RATE_LIMIT = 5;
const options = (): StackOptions => JSON.parse(process.env['NEWSFLOW_TEST_STACK_OPTIONS'] ?? '{}');

async function createKey(source: string, scopes: string): Promise<{ id: string; token: string }> {
  const out = await opsOk('keys', 'create', '--source', source, '--scopes', scopes);
  const id = /^id (\S+)/m.exec(out)?.[1];
  const token = /^key (\S+)/m.exec(out)?.[1];
  if (!id || !token) throw new Error(`unexpected output of keys create: ${out}`);
  return { id, token };
}

describe('who may publish: API keys on ingest (INGEST_AUTH=required)', () => {
  const run = Date.now().toString(36);
  const source = `e2e-keys-${run}`;
  const probe = new KafkaProbe();
  let ingest: { url: string; stop(): Promise<void> };
  let publisher: { id: string; token: string };
  let reader: { id: string; token: string };
  let revoked: { id: string; token: string };
  let limited: { id: string; token: string };

  const article = (guid: string, from = source) => ({
    source: from,
    guid,
    title: `Council budget ${guid}`,
    text: `The city council approved the budget for the harbour district, entry ${guid}.`,
  });
  const refusedGuid = (n: number) => `refused-${run}-${n}`;
  const post = (path: string, body: string, headers: Record<string, string>) =>
    fetch(`${ingest.url}${path}`, { method: 'POST', headers, body });
  const postJson = (body: unknown, headers: Record<string, string> = {}) =>
    post('/v1/articles', JSON.stringify(body), { 'content-type': 'application/json', ...headers });
  const bearer = (key: { token: string }) => ({ authorization: `Bearer ${key.token}` });

  beforeAll(async () => {
    ingest = await startExtraApp('ingest', options(), {
      port: KEYED_INGEST_PORT,
      logName: 'ingest-keys',
      env: { INGEST_AUTH: 'required', INGEST_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) },
    });
    await eventually(async () => expect((await fetch(`${ingest.url}/health/ready`)).status).toBe(200), 60_000);
    publisher = await createKey(source, 'publish');
    reader = await createKey(source, 'read');
    revoked = await createKey(source, 'publish,read');
    limited = await createKey(source, 'publish');
    await opsOk('keys', 'revoke', revoked.id);
    await probe.connect();
  });

  afterAll(async () => {
    await probe.disconnect();
    await ingest?.stop();
  });

  it('lists keys without their secrets and shows the revoked one as revoked', async () => {
    const listed = await opsOk('keys', 'list');
    expect(listed).toMatch(new RegExp(`^${publisher.id}\\t${source}\\tpublish\\t.*\\tactive$`, 'm'));
    expect(listed).toMatch(new RegExp(`^${revoked.id}\\t${source}\\tpublish,read\\t.*\\trevoked `, 'm'));
    expect(listed).not.toContain(publisher.token);
  });

  it('answers 401 without a key, with an unknown or malformed key, and with a revoked key', async () => {
    const unknown = `nf_${'0'.repeat(16)}_${'A'.repeat(43)}`;
    const missing = await postJson(article(refusedGuid(1)));
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect((await postJson(article(refusedGuid(2)), { authorization: `Bearer ${unknown}` })).status).toBe(401);
    expect((await postJson(article(refusedGuid(3)), { 'x-api-key': 'guessing' })).status).toBe(401);
    expect((await postJson(article(refusedGuid(4)), bearer(revoked))).status).toBe(401);
  });

  it('answers 403 for a key without the publish scope and for publishing as another source', async () => {
    expect((await postJson(article(refusedGuid(5)), bearer(reader))).status).toBe(403);
    const foreign = await postJson(article(refusedGuid(6), 'someone-else'), bearer(publisher));
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { message: string }).message).toMatch(/may not publish as "someone-else"/);
    const batch = [article(refusedGuid(7)), article(refusedGuid(8), 'someone-else')].map((a) => JSON.stringify(a));
    const batchReply = await post('/v1/articles/batch', batch.join('\n'), {
      'content-type': 'application/x-ndjson',
      ...bearer(publisher),
    });
    expect(batchReply.status).toBe(403);
    const feed = await post(`/v1/articles?source=someone-else`, rss(refusedGuid(9), 2), {
      'content-type': 'application/rss+xml',
      ...bearer(publisher),
    });
    expect(feed.status).toBe(403);
  });

  it('takes a kill by id only from a key with the admin scope', async () => {
    const publishing = await createKey(source, 'publish');
    const admin = await createKey(source, 'admin');
    const reply = await postJson(article(`kill-${run}`), bearer(publishing));
    expect(reply.status).toBe(202);
    const { id } = (await reply.json()) as { id: string };
    await eventually(async () => expect((await publicationOf(id)).status).toBe('usable'), 60_000);
    const kill = (key: { token: string }) =>
      fetch(`${ingest.url}/v1/articles/${id}`, { method: 'DELETE', headers: bearer(key) });
    expect((await kill(publishing)).status).toBe(403);
    expect((await fetch(`${ingest.url}/v1/articles/${id}`, { method: 'DELETE' })).status).toBe(401);
    expect((await kill(admin)).status).toBe(202);
    await eventually(async () => expect((await publicationOf(id)).status).toBe('withdrawn'), 60_000);
  });

  it('answers 429 with Retry-After once a key is over its limit per minute', async () => {
    for (let n = 0; n < RATE_LIMIT; n++) {
      expect((await postJson(article(`limited-${run}-${n}`), bearer(limited))).status).toBe(202);
    }
    const over = await postJson(article(refusedGuid(10)), bearer(limited));
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(over.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });

  it("publishes with a valid key, records the key's id with the article, and nothing refused reached Kafka", async () => {
    const accepted = await postJson(article(`valid-${run}`), { 'x-api-key': publisher.token });
    expect(accepted.status).toBe(202);
    const { id } = (await accepted.json()) as { id: string };
    const raw = await probe.find(Topics.rawArticle, (message) => message.key === id);
    expect(raw.headers['ce_submittedby']?.toString()).toBe(publisher.id);
    expect(json(raw)).toMatchObject({ source, guid: `valid-${run}` });

    const everything = await probe.readAll(Topics.rawArticle);
    const refused = everything.filter((message) => message.value?.toString('utf8').includes(`refused-${run}`));
    expect(refused).toEqual([]);
    const fromLimitedKey = everything.filter((message) => message.headers['ce_submittedby']?.toString() === limited.id);
    expect(fromLimitedKey).toHaveLength(RATE_LIMIT);
  });
});
