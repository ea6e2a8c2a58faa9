import { type DynamicModule, Module } from '@nestjs/common';
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
  static forRoot(options: { service: string; logLevel: string }): DynamicModule {
    return {
      module: ObservabilityModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
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
