import type { IncomingMessage } from 'node:http';

export interface Tracing {
  readonly exporting: boolean;
  shutdown(): Promise<void>;
}

const NOT_TRACING: Tracing = { exporting: false, shutdown: async () => undefined };

/** Probes and scrapes arrive every few seconds; as spans they would bury the articles' traces. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|\?|$)/;

/**
 * Whether the standard OTEL_* variables ask for spans to go somewhere. Without an OTLP endpoint
 * nothing is started: the OpenTelemetry API stays a no-op, so tracing costs nothing and no
 * exporter retries against a collector that is not there.
 */
export function tracingWanted(env: NodeJS.ProcessEnv): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporters = (env.OTEL_TRACES_EXPORTER ?? 'otlp')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (exporters.includes('none')) return false;
  if (exporters.includes('console')) return true;
  return Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim());
}

/**
 * Starts the OpenTelemetry Node SDK for traces only (metrics stay with Prometheus, logs with
 * pino). It must run before the process loads node:http, express or Nest, so that the HTTP
 * instrumentation patches them as they load; the SDK itself is loaded only when wanted. The
 * service is named by OTEL_SERVICE_NAME, else by the stage.
 */
export async function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): Promise<Tracing> {
  if (!tracingWanted(env)) return NOT_TRACING;
  const [{ NodeSDK }, { HttpInstrumentation }] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/instrumentation-http'),
  ]);
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME?.trim() ? undefined : service,
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) => UNTRACED_PATHS.test(request.url ?? ''),
      }),
    ],
  });
  sdk.start();
  return { exporting: true, shutdown: () => sdk.shutdown() };
}
