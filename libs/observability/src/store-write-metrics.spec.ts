import { FreshnessMetrics } from './freshness-metrics';
import { StageMetrics } from './stage-metrics';
import { StoreWriteMetrics } from './store-write-metrics';

describe('StoreWriteMetrics and FreshnessMetrics', () => {
  it('times writes, counts failed ones and passes results and errors through', async () => {
    const metrics = new StageMetrics();
    const writes = new StoreWriteMetrics(metrics);
    await expect(writes.time('postgresql', async () => 'written')).resolves.toBe('written');
    await expect(writes.time('elasticsearch', () => Promise.reject(new Error('cluster red')))).rejects.toThrow(
      'cluster red',
    );
    const text = await metrics.registry.metrics();
    expect(text).toContain('newsflow_store_write_duration_seconds_count{store="postgresql"} 1');
    expect(text).toContain('newsflow_store_write_errors_total{store="elasticsearch"} 1');
    expect(text).toContain('newsflow_store_write_errors_total{store="postgresql"} 0');
  });

  it('observes the time from receipt to searchable', async () => {
    const metrics = new StageMetrics();
    const freshness = new FreshnessMetrics(metrics);
    freshness.searchable('2026-01-01T00:00:00.000Z', Date.parse('2026-01-01T00:00:02.500Z'));
    freshness.searchable('not a date');
    const text = await metrics.registry.metrics();
    expect(text).toContain('newsflow_article_freshness_seconds_bucket{le="2"} 0');
    expect(text).toContain('newsflow_article_freshness_seconds_bucket{le="3"} 1');
    expect(text).toContain('newsflow_article_freshness_seconds_count 1');
  });
});
