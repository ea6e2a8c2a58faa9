import { NodeSDK } from '@opentelemetry/sdk-node';

/** Span names and ids a test's tracer provider finished, kept in memory. */
export interface RecordedSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
}

/** The real SDK (W3C propagator, async context, tracer provider), exporting into an array. */
export function recordingTracer(): { spans: RecordedSpan[]; stop(): Promise<void> } {
  const spans: RecordedSpan[] = [];
  const sdk = new NodeSDK({
    autoDetectResources: false,
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [],
    spanProcessors: [
      {
        onStart: () => undefined,
        onEnd: (span) =>
          spans.push({
            name: span.name,
            traceId: span.spanContext().traceId,
            spanId: span.spanContext().spanId,
            parentSpanId: span.parentSpanContext?.spanId,
          }),
        forceFlush: async () => undefined,
        shutdown: async () => undefined,
      },
    ],
  });
  sdk.start();
  return { spans, stop: () => sdk.shutdown() };
}
