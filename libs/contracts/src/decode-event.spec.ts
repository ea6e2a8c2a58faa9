import { decodeEvent } from './decode-event';
import { cloudEventHeaders } from './envelope/cloud-event-headers';
import { ArticleContracts } from './event-contract';

const submission = { source: 'wire', guid: 'a-1', text: 'Body text.' };
const asBytes = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('decodeEvent', () => {
  it('accepts a raw submission without CloudEvents headers', () => {
    const decoded = decodeEvent(ArticleContracts.rawArticle, { value: asBytes(submission), headers: {} });
    expect(decoded).toEqual({ ok: true, payload: submission, envelope: null });
  });

  it('accepts a raw submission with valid headers and returns them', () => {
    const headers = cloudEventHeaders({ type: ArticleContracts.rawArticle.type, source: '/test' });
    const decoded = decodeEvent(ArticleContracts.rawArticle, { value: asBytes(submission), headers });
    expect(decoded.ok && decoded.envelope?.ce_id).toBe(headers.ce_id);
  });

  it.each([
    ['without optional attributes', {}],
    ['with a charset parameter', { 'content-type': 'application/json; charset=utf-8' }],
    ['with a quoted upper-case charset', { 'content-type': 'Application/JSON;charset="UTF-8"' }],
    [
      'with W3C trace context headers',
      { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', tracestate: 'vendor=x' },
    ],
    [
      'with the distributed-tracing extension',
      { ce_traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
    ],
  ])('accepts a standard CloudEvent %s', (_, extra) => {
    const headers = {
      ce_specversion: '1.0',
      ce_id: 'evt-1',
      ce_source: '//cms.example/newsroom',
      ce_type: ArticleContracts.rawArticle.type,
      ...extra,
    };
    const decoded = decodeEvent(ArticleContracts.rawArticle, { value: asBytes(submission), headers });
    expect(decoded).toMatchObject({ ok: true, envelope: { ce_id: 'evt-1' } });
  });

  it.each([
    ['ce_id', { ce_id: undefined }],
    ['content-type', { 'content-type': 'text/plain' }],
    ['content-type', { 'content-type': 'application/json; charset=latin1' }],
    ['ce_time', { ce_time: 'yesterday' }],
  ])('rejects an envelope with a bad %s', (path, change) => {
    const headers = { ...cloudEventHeaders({ type: ArticleContracts.rawArticle.type, source: '/t' }), ...change };
    const decoded = decodeEvent(ArticleContracts.rawArticle, {
      value: asBytes(submission),
      headers: Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)),
    });
    expect(!decoded.ok && decoded.errors.map((e) => e.path)).toEqual([path]);
  });

  it.each([
    ['empty message value', null],
    ['empty message value', Buffer.alloc(0)],
    ['message value is not valid UTF-8', Buffer.from([0xff, 0xfe, 0x00, 0x81])],
    ['message value is not JSON', Buffer.from('not json {')],
  ])('rejects bad bytes with "%s"', (reason, value) => {
    const decoded = decodeEvent(ArticleContracts.rawArticle, { value, headers: {} });
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toContain(reason);
  });

  it('reports each wrong field by its path', () => {
    const decoded = decodeEvent(ArticleContracts.rawArticle, {
      value: asBytes({ source: 42, text: 'x', colour: 'red' }),
      headers: {},
    });
    expect(decoded.ok).toBe(false);
    const paths = !decoded.ok ? decoded.errors.map((e) => e.path).sort() : [];
    expect(paths).toEqual(['colour', 'source']);
  });

  it('requires the envelope on internal topics', () => {
    const decoded = decodeEvent(ArticleContracts.normalisedArticle, { value: asBytes({}), headers: {} });
    expect(!decoded.ok && decoded.reason).toBe('invalid CloudEvents headers');
  });

  it('rejects an event whose type belongs to another topic', () => {
    const headers = cloudEventHeaders({ type: ArticleContracts.rawArticle.type, source: '/test' });
    const decoded = decodeEvent(ArticleContracts.deadLetter, { value: asBytes({}), headers });
    expect(!decoded.ok && decoded.errors).toEqual([
      { path: 'ce_type', message: expect.stringContaining('dead-lettered') },
    ]);
  });

  it('reads headers given as buffers, as Kafka delivers them', () => {
    const headers = Object.fromEntries(
      Object.entries(cloudEventHeaders({ type: ArticleContracts.rawArticle.type, source: '/t' })).map(([k, v]) => [
        k,
        Buffer.from(v),
      ]),
    );
    expect(decodeEvent(ArticleContracts.rawArticle, { value: asBytes(submission), headers }).ok).toBe(true);
  });
});

describe('decodeEvent with wire documents', () => {
  const rss = Buffer.from('<rss version="2.0"><channel/></rss>');

  it('hands a raw-topic document in a wire format over unread, with its charset and named source', () => {
    const decoded = decodeEvent(ArticleContracts.rawArticle, {
      value: rss,
      headers: { 'content-type': 'application/rss+xml; charset=koi8-r', article_source: ' partner ' },
    });
    expect(decoded).toEqual({
      ok: true,
      envelope: null,
      payload: {
        kind: 'wire-document',
        format: 'feed',
        mediaType: 'application/rss+xml',
        charset: 'koi8-r',
        bytes: rss,
        source: 'partner',
      },
    });
  });

  it('checks the envelope of a wire document like any other', () => {
    const headers = {
      ...cloudEventHeaders({ type: 'org.example.other', source: '/test' }),
      'content-type': 'application/ninjs+json',
    };
    expect(decodeEvent(ArticleContracts.rawArticle, { value: rss, headers })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/unexpected event type/),
    });
  });

  it('refuses a wire format on a topic that takes only its own events', () => {
    const decoded = decodeEvent(ArticleContracts.normalisedArticle, {
      value: rss,
      headers: { 'content-type': 'application/rss+xml' },
    });
    expect(decoded).toMatchObject({ ok: false, errors: [{ path: 'content-type' }] });
  });
});
