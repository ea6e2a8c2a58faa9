import { APP_NAMES, type AppName, eventually, type StackOptions, startExtraApp } from '@newsflow/test-harness';

import { OtlpReceiver, type ReceivedSpan } from './support/otlp-receiver';
import { start, stop } from './support/restarted-apps';

const SLOT = Number(process.env['NEWSFLOW_TEST_SLOT'] ?? '0');
const TRACED_INGEST_PORT = 3100 + SLOT * 20 + 15;
const STAGES = ['normalizer', 'classifier', 'indexer'] as const satisfies AppName[];
const options = (): StackOptions => JSON.parse(process.env['NEWSFLOW_TEST_STACK_OPTIONS'] ?? '{}');

describe('one article is one trace, from the HTTP request to the Elasticsearch write', () => {
  const receiver = new OtlpReceiver();
  const traced: { url: string; stop(): Promise<void> }[] = [];
  let ingestUrl = '';

  beforeAll(async () => {
    const endpoint = await receiver.start();
    const env = {
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '100',
    };
    // The stages are replaced by traced ones in the same groups, so the article cannot pass an untraced one.
    for (const stage of STAGES) await stop(stage);
    for (const name of ['ingest', ...STAGES] as const) {
      const port = name === 'ingest' ? TRACED_INGEST_PORT : options().basePort + APP_NAMES.indexOf(name);
      const app = await startExtraApp(name, options(), { port, env, logName: `${name}-traced` });
      traced.push(app);
      await eventually(async () => expect((await fetch(`${app.url}/health/ready`)).status).toBe(200), 90_000);
    }
    ingestUrl = traced[0].url;
  }, 240_000);

  afterAll(async () => {
    for (const app of traced) await app.stop();
    for (const stage of STAGES) await start(stage);
    await receiver.stop();
  }, 240_000);

  it('ingest, normalizer, classifier and indexer spans share the trace id, down to the indexer writes', async () => {
    const run = `traces${Date.now()}`;
    const posted = await fetch(`${ingestUrl}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        source: 'e2e-traces',
        guid: run,
        title: `Traced ${run}`,
        text: `A dispatch ${run} on port traffic.`,
      }),
    });
    expect(posted.status).toBe(202);
    const { id } = (await posted.json()) as { id: string };

    const request = await eventually(async () => {
      const span = receiver.spans.find(
        (s) => s.service === 'ingest' && s.parentSpanId === '' && s.name.startsWith('POST'),
      );
      if (!span) throw new Error('ingest has not exported the request span yet');
      return span;
    }, 30_000);
    const trace = await eventually(async () => {
      const spans = receiver.spans.filter((s) => s.traceId === request.traceId);
      const write = spans.find((s) => s.service === 'indexer' && s.name === 'elasticsearch write');
      expect(write).toBeDefined();
      return spans;
    }, 60_000);

    const services = new Set(trace.map((s) => s.service));
    expect([...services].sort()).toEqual(['classifier', 'indexer', 'ingest', 'normalizer']);
    const processed = (service: string) => trace.find((s) => s.service === service && s.name.startsWith('process '));
    expect(processed('normalizer')?.attributes['messaging.destination.name']).toBe('news.article.raw.v1');
    expect(processed('classifier')?.attributes['messaging.kafka.message.key']).toBe(id);
    const indexerProcess = processed('indexer');
    expect(indexerProcess).toBeDefined();
    const parentOf = (span: ReceivedSpan) => trace.find((s) => s.spanId === span.parentSpanId);
    const writes = trace.filter((s) => s.service === 'indexer' && s.name.endsWith(' write'));
    expect(writes.map((s) => s.name).sort()).toEqual(['elasticsearch write', 'postgresql write']);
    for (const write of writes) expect(parentOf(write)?.spanId).toBe(indexerProcess?.spanId);
    // The chain is unbroken: every span but the request has its parent in the same trace.
    for (const span of trace.filter((s) => s !== request)) expect(parentOf(span)).toBeDefined();
  }, 120_000);
});
