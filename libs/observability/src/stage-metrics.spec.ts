import { StageMetrics } from './stage-metrics';

describe('StageMetrics', () => {
  it('exposes counted outcomes and timings in Prometheus text format', async () => {
    const metrics = new StageMetrics();
    metrics.count('indexer', 'done');
    metrics.count('indexer', 'done');
    metrics.count('indexer', 'dead-lettered');
    metrics.startTimer('indexer')();
    const text = await metrics.registry.metrics();
    expect(text).toContain('newsflow_articles_total{stage="indexer",outcome="done"} 2');
    expect(text).toContain('newsflow_articles_total{stage="indexer",outcome="dead-lettered"} 1');
    expect(text).toContain('newsflow_stage_duration_seconds_count{stage="indexer"} 1');
  });

  it('counts messages in and out, and shares a batch time over its articles', async () => {
    const metrics = new StageMetrics();
    metrics.consumed('normalizer', 3);
    metrics.produced('normalizer', 'news.article.normalised.v2', 2);
    metrics.observeBatch('normalizer', 0.3, 3);
    const text = await metrics.registry.metrics();
    expect(text).toContain('newsflow_messages_consumed_total{stage="normalizer"} 3');
    expect(text).toContain('newsflow_messages_produced_total{stage="normalizer",topic="news.article.normalised.v2"} 2');
    expect(text).toContain('newsflow_stage_duration_seconds_count{stage="normalizer"} 3');
    expect(text).toMatch(/newsflow_stage_duration_seconds_sum\{stage="normalizer"\} 0\.3/);
  });
});
