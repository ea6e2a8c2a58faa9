import { Writable } from 'node:stream';

import { trace } from '@opentelemetry/api';
import pino from 'pino';

import { startArticleSpan, traceBatchWork, withinArticles } from './article-traces';
import { logTraceFields } from './log-trace-fields';
import { recordingTracer } from './testing/recording-tracer';

function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')));
      done();
    },
  });
  return { logger: pino({ mixin: logTraceFields }, stream), lines };
}

const traceparent = (traceId: string) => ({ traceparent: `00-${traceId}-${'1'.repeat(16)}-01` });

describe('log lines carry the trace of the article they concern', () => {
  const tracer = recordingTracer();
  afterAll(() => tracer.stop());

  const first = startArticleSpan('process topic', traceparent('a'.repeat(32)), 'article-1', {});
  const second = startArticleSpan('process topic', traceparent('b'.repeat(32)), 'article-2', {});

  it('inside a batch handler, a line naming an article has that article trace id and span id', async () => {
    const { logger, lines } = capturedLogger();
    await withinArticles([first, second], async () => {
      await new Promise((resolve) => setImmediate(resolve));
      logger.warn({ id: 'article-2' }, 'stale revision skipped');
      logger.info('batch done');
    });
    expect(lines[0]).toMatchObject({
      trace_id: 'b'.repeat(32),
      span_id: trace.getSpanContext(second.context)?.spanId,
    });
    expect(lines[1].trace_id).toBeUndefined();
  });

  it('in a batch of one article, every line has its trace id', async () => {
    const { logger, lines } = capturedLogger();
    await withinArticles([first], async () => logger.info('normalised'));
    expect(lines[0].trace_id).toBe('a'.repeat(32));
  });

  it('outside any trace, a line has no trace fields', () => {
    const { logger, lines } = capturedLogger();
    logger.info('started');
    expect(lines[0]).not.toHaveProperty('trace_id');
  });

  it('a write for the whole batch is a child span in each article trace', async () => {
    await withinArticles([first, second], () => traceBatchWork('elasticsearch write', {}, async () => 'ok'));
    const writes = tracer.spans.filter((span) => span.name === 'elasticsearch write');
    expect(writes.map((span) => [span.traceId, span.parentSpanId])).toEqual([
      ['a'.repeat(32), trace.getSpanContext(first.context)?.spanId],
      ['b'.repeat(32), trace.getSpanContext(second.context)?.spanId],
    ]);
  });
});
