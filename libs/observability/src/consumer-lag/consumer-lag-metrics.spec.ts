import { Logger } from '@nestjs/common';

import { StageMetrics } from '../stage-metrics';
import { ConsumerLagMetrics } from './consumer-lag-metrics';
import type { OffsetSnapshot, OffsetSource } from './offset-snapshot';

class ScriptedOffsets implements OffsetSource {
  constructor(public next: OffsetSnapshot | Error) {}
  async read(): Promise<OffsetSnapshot> {
    if (this.next instanceof Error) throw this.next;
    return this.next;
  }
}

describe('ConsumerLagMetrics', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('exports lag per group, topic and partition, end offsets and the dead-letter depth', async () => {
    const metrics = new StageMetrics();
    const source = new ScriptedOffsets({
      partitions: [
        { topic: 'news.article.classified.v2', partition: 0, low: 0, high: 12 },
        { topic: 'news.article.deadletter.v1', partition: 1, low: 2, high: 5 },
      ],
      groups: [
        { group: 'newsflow-indexer', topic: 'news.article.classified.v2', partition: 0, committed: 9 },
        { group: 'newsflow-replay', topic: 'news.article.classified.v2', partition: 0, committed: -1 },
      ],
    });
    new ConsumerLagMetrics(source, metrics);
    const text = await metrics.registry.metrics();
    expect(text).toContain(
      'newsflow_consumer_lag_messages{group="newsflow-indexer",topic="news.article.classified.v2",partition="0"} 3',
    );
    expect(text).toContain(
      'newsflow_consumer_lag_messages{group="newsflow-replay",topic="news.article.classified.v2",partition="0"} 12',
    );
    expect(text).toContain('newsflow_topic_end_offset{topic="news.article.deadletter.v1",partition="1"} 5');
    expect(text).toContain('newsflow_dead_letters_messages 3');
    expect(text).toMatch(/newsflow_consumer_lag_seconds\{group="newsflow-indexer".*\} 0/);
  });

  it('keeps /metrics answering when Kafka does not, and counts the failure', async () => {
    const metrics = new StageMetrics();
    new ConsumerLagMetrics(new ScriptedOffsets(new Error('broker down')), metrics);
    const text = await metrics.registry.metrics();
    expect(text).toContain('newsflow_kafka_offset_read_errors_total 1');
    expect(text).not.toContain('newsflow_consumer_lag_messages{');
  });
});
