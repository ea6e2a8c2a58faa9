import { context, trace } from '@opentelemetry/api';

import { startArticleSpan } from './article-traces';
import { contextFromHeaders, traceHeaders } from './kafka-trace-headers';
import { recordingTracer } from './testing/recording-tracer';

describe('W3C trace context in Kafka headers', () => {
  const tracer = recordingTracer();
  afterAll(() => tracer.stop());

  it('a consumer continues the trace a producer injected, as a child of the producing span', () => {
    const producing = trace.getTracer('test').startSpan('publish');
    const headers = traceHeaders(trace.setSpan(context.active(), producing));
    expect(headers.traceparent).toMatch(
      new RegExp(`^00-${producing.spanContext().traceId}-${producing.spanContext().spanId}-01$`),
    );

    const extracted = trace.getSpanContext(contextFromHeaders({ ...headers, ce_id: 'x' }));
    expect(extracted).toMatchObject({ traceId: producing.spanContext().traceId, isRemote: true });

    const consumed = startArticleSpan('process topic', headers, 'a1', {});
    consumed.end();
    producing.end();
    const recorded = tracer.spans.find((span) => span.name === 'process topic');
    expect(recorded).toMatchObject({
      traceId: producing.spanContext().traceId,
      parentSpanId: producing.spanContext().spanId,
    });
  });

  it('a message without trace headers starts a trace of its own', () => {
    const first = startArticleSpan('process topic', {}, 'a1', {});
    const second = startArticleSpan('process topic', {}, 'a2', {});
    const traceOf = (ctx: typeof first.context) => trace.getSpanContext(ctx)?.traceId;
    expect(traceOf(first.context)).not.toBe(traceOf(second.context));
    expect(trace.getSpanContext(contextFromHeaders({}))).toBeUndefined();
  });
});
