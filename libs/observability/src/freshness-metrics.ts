import { Injectable } from '@nestjs/common';
import { Histogram } from 'prom-client';

import { StageMetrics } from './stage-metrics';

/**
 * Freshness: from the moment newsflow received an article to the moment it is written to
 * Elasticsearch. Search sees it after the index's next refresh (refresh_interval, 1 s) at most.
 */
@Injectable()
export class FreshnessMetrics {
  private readonly freshness: Histogram;

  constructor(metrics: StageMetrics) {
    this.freshness = new Histogram({
      name: 'newsflow_article_freshness_seconds',
      help: 'Time from receipt of an article to its write into the search index',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30, 60, 300],
      registers: [metrics.registry],
    });
  }

  searchable(receivedAt: string, now = Date.now()): void {
    const received = Date.parse(receivedAt);
    if (Number.isFinite(received)) this.freshness.observe(Math.max(0, (now - received) / 1000));
  }
}
