import { Inject, Injectable, Logger } from '@nestjs/common';
import { Topics } from '@newsflow/contracts';
import { Counter, Gauge } from 'prom-client';

import { StageMetrics } from '../stage-metrics';
import { EndOffsetHistory } from './end-offset-history';
import { OFFSET_SOURCE, type OffsetSnapshot, type OffsetSource } from './offset-snapshot';

const READ_TIMEOUT_MS = 3_000;
const SNAPSHOT_REUSE_MS = 1_000;

/**
 * Consumer lag of every newsflow consumer group, read from Kafka's own offsets when Prometheus
 * scrapes (the exporter pattern), so it stays right while the stage itself is down. One process
 * (ingest) exports it for all groups. Labels are bounded: groups, topics and partitions.
 */
@Injectable()
export class ConsumerLagMetrics {
  private readonly logger = new Logger(ConsumerLagMetrics.name);
  private readonly histories = new Map<string, EndOffsetHistory>();
  private refreshed: { at: number; done: Promise<void> } | null = null;

  private readonly lag: Gauge<'group' | 'topic' | 'partition'>;
  private readonly lagAge: Gauge<'group' | 'topic' | 'partition'>;
  private readonly committed: Gauge<'group' | 'topic' | 'partition'>;
  private readonly endOffset: Gauge<'topic' | 'partition'>;
  private readonly deadLetters: Gauge;
  private readonly readErrors: Counter;

  constructor(
    @Inject(OFFSET_SOURCE) private readonly source: OffsetSource,
    metrics: StageMetrics,
  ) {
    const registers = [metrics.registry];
    const refresh = () => this.refresh();
    const labelNames = ['group', 'topic', 'partition'] as const;
    this.lag = new Gauge({
      name: 'newsflow_consumer_lag_messages',
      help: 'Messages a consumer group has still to read: end offset minus committed offset',
      labelNames,
      registers,
      collect: refresh,
    });
    this.lagAge = new Gauge({
      name: 'newsflow_consumer_lag_seconds',
      help: 'Age of the oldest message a consumer group has still to read (0 without lag; resolution: scrape interval)',
      labelNames,
      registers,
      collect: refresh,
    });
    this.committed = new Gauge({
      name: 'newsflow_consumer_committed_offset',
      help: 'Next offset a consumer group will read; its rate is the group’s throughput in messages per second',
      labelNames,
      registers,
      collect: refresh,
    });
    this.endOffset = new Gauge({
      name: 'newsflow_topic_end_offset',
      help: 'Offset the next message of a partition will get; its rate is the messages produced per second',
      labelNames: ['topic', 'partition'] as const,
      registers,
      collect: refresh,
    });
    this.deadLetters = new Gauge({
      name: 'newsflow_dead_letters_messages',
      help: `Dead letters kept in ${Topics.deadLetter}`,
      registers,
      collect: refresh,
    });
    this.readErrors = new Counter({
      name: 'newsflow_kafka_offset_read_errors_total',
      help: 'Scrapes for which Kafka’s offsets could not be read',
      registers,
      collect: refresh,
    });
  }

  private refresh(): Promise<void> {
    const now = Date.now();
    if (this.refreshed && now - this.refreshed.at < SNAPSHOT_REUSE_MS) return this.refreshed.done;
    const done = this.readWithTimeout().then(
      (snapshot) => this.publish(snapshot, Date.now()),
      (error: Error) => {
        this.readErrors.inc();
        this.logger.warn({ error: error.message }, 'could not read Kafka offsets for the lag metrics');
        for (const gauge of [this.lag, this.lagAge, this.committed, this.endOffset, this.deadLetters]) gauge.reset();
      },
    );
    this.refreshed = { at: now, done };
    return done;
  }

  private readWithTimeout(): Promise<OffsetSnapshot> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${READ_TIMEOUT_MS} ms`)), READ_TIMEOUT_MS);
    });
    return Promise.race([this.source.read(), timeout]).finally(() => clearTimeout(timer));
  }

  private publish(snapshot: OffsetSnapshot, now: number): void {
    for (const gauge of [this.lag, this.lagAge, this.committed, this.endOffset]) gauge.reset();
    const ends = new Map<string, { low: number; high: number }>();
    let deadLetters = 0;
    for (const { topic, partition, low, high } of snapshot.partitions) {
      const key = `${topic}/${partition}`;
      ends.set(key, { low, high });
      this.history(key).observe(now, high);
      this.endOffset.set({ topic, partition: String(partition) }, high);
      if (topic === Topics.deadLetter) deadLetters += high - low;
    }
    this.deadLetters.set(deadLetters);
    const slowest = new Map<string, number>();
    for (const { group, topic, partition, committed } of snapshot.groups) {
      const key = `${topic}/${partition}`;
      const end = ends.get(key);
      if (!end) continue;
      // A group that never committed here starts from the oldest message kept (subscribe fromBeginning).
      const next = committed < 0 ? end.low : committed;
      const labels = { group, topic, partition: String(partition) };
      this.lag.set(labels, Math.max(0, end.high - next));
      this.lagAge.set(labels, this.history(key).ageSeconds(next, now));
      this.committed.set(labels, next);
      slowest.set(key, Math.min(slowest.get(key) ?? Infinity, next));
    }
    for (const [key, next] of slowest) this.history(key).forgetUpTo(next);
  }

  private history(key: string): EndOffsetHistory {
    let history = this.histories.get(key);
    if (!history) this.histories.set(key, (history = new EndOffsetHistory()));
    return history;
  }
}
