import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export type StageOutcome = 'done' | 'dead-lettered' | 'skipped-stale' | 'retried';

/** The figures ops watch per stage: throughput by outcome and how long one article takes. */
@Injectable()
export class StageMetrics {
  readonly registry = new Registry();

  private readonly articles = new Counter({
    name: 'newsflow_articles_total',
    help: 'Articles handled by a stage, by outcome',
    labelNames: ['stage', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly duration = new Histogram({
    name: 'newsflow_stage_duration_seconds',
    help: 'Time a stage spends on one article',
    labelNames: ['stage'] as const,
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  count(stage: string, outcome: StageOutcome): void {
    this.articles.inc({ stage, outcome });
  }

  startTimer(stage: string): () => void {
    const end = this.duration.startTimer({ stage });
    return () => {
      end();
    };
  }
}
