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
});
