import { Injectable } from '@nestjs/common';
import { traceBatchWork } from '@newsflow/tracing';
import { Counter, Histogram } from 'prom-client';

import { StageMetrics } from './stage-metrics';

export type Store = 'postgresql' | 'elasticsearch';

/**
 * Latency and failures of the writes into the stores, so a slow or failing engine shows by name;
 * each write is also a span in the trace of every article it carries.
 */
@Injectable()
export class StoreWriteMetrics {
  private readonly duration: Histogram<'store'>;
  private readonly errors: Counter<'store'>;

  constructor(metrics: StageMetrics) {
    this.duration = new Histogram({
      name: 'newsflow_store_write_duration_seconds',
      help: 'Time one write into a store takes, failed writes included',
      labelNames: ['store'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [metrics.registry],
    });
    this.errors = new Counter({
      name: 'newsflow_store_write_errors_total',
      help: 'Writes into a store that failed (each retry counts)',
      labelNames: ['store'] as const,
      registers: [metrics.registry],
    });
    for (const store of ['postgresql', 'elasticsearch'] as const) {
      this.errors.inc({ store }, 0);
      this.duration.zero({ store });
    }
  }

  async time<T>(store: Store, write: () => Promise<T>): Promise<T> {
    const end = this.duration.startTimer({ store });
    try {
      return await traceBatchWork(`${store} write`, { 'db.system.name': store }, write);
    } catch (error) {
      this.errors.inc({ store });
      throw error;
    } finally {
      end();
    }
  }
}
