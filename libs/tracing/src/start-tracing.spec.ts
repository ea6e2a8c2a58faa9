import { trace } from '@opentelemetry/api';

import { startTracing, tracingWanted } from './start-tracing';

describe('tracing is configured by the standard OTEL_* variables only', () => {
  it('is off without an OTLP endpoint, so nothing tries to reach a collector', async () => {
    expect(tracingWanted({})).toBe(false);
    const tracing = await startTracing('normalizer', {});
    expect(tracing.exporting).toBe(false);
    expect(trace.getTracer('newsflow').startSpan('x').isRecording()).toBe(false);
  });

  it('is on with an endpoint, for traces in general or for traces alone, or with the console exporter', () => {
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toBe(true);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:4318/v1/traces' })).toBe(true);
    expect(tracingWanted({ OTEL_TRACES_EXPORTER: 'console' })).toBe(true);
  });

  it('stays off when the exporter is none or the SDK is disabled, endpoint or not', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' };
    expect(tracingWanted({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
    expect(tracingWanted({ ...endpoint, OTEL_SDK_DISABLED: 'true' })).toBe(false);
  });
});
