import { type DynamicModule, Module, type RequestMethod } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { logTraceFields } from '@newsflow/tracing';
import { LoggerModule } from 'nestjs-pino';

import { FreshnessMetrics } from './freshness-metrics';
import { StageMetrics } from './stage-metrics';
import { StoreWriteMetrics } from './store-write-metrics';

/**
 * Structured JSON logs (with the trace id of the article or request they concern) and Prometheus metrics for every process. Each app adds HealthController
 * itself, with a READINESS_CHECKS provider listing what it depends on.
 */
@Module({})
export class ObservabilityModule {
  /**
   * `unloggedRoutes` get no request-scoped logger: binding a serialised request to a child logger
   * costs CPU on every call, which matters on a high-rate route such as article submission.
   */
  static forRoot(options: {
    service: string;
    logLevel: string;
    unloggedRoutes?: { path: string; method: RequestMethod }[];
  }): DynamicModule {
    return {
      module: ObservabilityModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          exclude: options.unloggedRoutes,
          pinoHttp: {
            level: options.logLevel,
            name: options.service,
            autoLogging: false,
            mixin: logTraceFields,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
        }),
        // A failing readiness check is an answer (503 with the reason), not an error to log on every probe.
        TerminusModule.forRoot({ logger: false }),
      ],
      providers: [StageMetrics, StoreWriteMetrics, FreshnessMetrics],
      exports: [StageMetrics, StoreWriteMetrics, FreshnessMetrics, TerminusModule],
    };
  }
}
