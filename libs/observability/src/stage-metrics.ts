import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export type StageOutcome = 'done' | 'failed' | 'dead-lettered' | 'skipped-stale' | 'retried';

/** The figures ops watch per stage: messages in and out, outcomes, and how long one article takes. */
@Injectable()
export class StageMetrics {
  readonly registry = new Registry();

  private readonly consumedMessages = new Counter({
    name: 'newsflow_messages_consumed_total',
    help: 'Messages a stage took from Kafka, valid or not',
    labelNames: ['stage'] as const,
    registers: [this.registry],
  });

  private readonly producedMessages = new Counter({
    name: 'newsflow_messages_produced_total',
    help: 'Messages a stage published, by topic (dead letters included)',
    labelNames: ['stage', 'topic'] as const,
    registers: [this.registry],
  });

  private readonly articles = new Counter({
    name: 'newsflow_articles_total',
    help: 'Articles handled by a stage, by outcome',
    labelNames: ['stage', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly duration = new Histogram({
    name: 'newsflow_stage_duration_seconds',
    help: 'Time a stage spends on one article (its batch time shared out over the batch)',
    labelNames: ['stage'] as const,
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  count(stage: string, outcome: StageOutcome, articles = 1): void {
    if (articles > 0) this.articles.inc({ stage, outcome }, articles);
  }

  consumed(stage: string, messages: number): void {
    this.consumedMessages.inc({ stage }, messages);
  }

  produced(stage: string, topic: string, messages = 1): void {
    this.producedMessages.inc({ stage, topic }, messages);
  }

  /** Records a batch's duration as that many articles of an equal share each. */
  observeBatch(stage: string, seconds: number, articles: number): void {
    for (let n = 0; n < articles; n += 1) this.duration.observe({ stage }, seconds / articles);
  }

  startTimer(stage: string): () => void {
    const end = this.duration.startTimer({ stage });
    return () => {
      end();
    };
  }
}
