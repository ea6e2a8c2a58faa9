import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Topics } from '@newsflow/contracts';
import { eventually, repoRoot } from '@newsflow/test-harness';

import { KafkaProbe } from './support/kafka-probe';
import { postArticle, search } from './support/newsflow-client';
import { PrometheusProbe } from './support/prometheus';
import { start, stop } from './support/restarted-apps';

interface Dashboard {
  title: string;
  templating: { list: { name: string; options: { value: string }[] }[] };
  panels: { title: string; targets: { expr: string }[] }[];
}

const dashboardsDir = join(repoRoot, 'infra', 'observability', 'grafana', 'dashboards');

/** Every PromQL expression of the provisioned dashboards, once per value of each dashboard variable. */
function dashboardQueries(): { panel: string; expr: string }[] {
  return readdirSync(dashboardsDir).flatMap((file) => {
    const dashboard: Dashboard = JSON.parse(readFileSync(join(dashboardsDir, file), 'utf8'));
    const variables = dashboard.templating.list;
    return dashboard.panels.flatMap((panel) =>
      panel.targets.flatMap(({ expr }) => {
        let expanded = [{ panel: `${dashboard.title} / ${panel.title}`, expr }];
        for (const variable of variables) {
          if (!expr.includes(`$${variable.name}`)) continue;
          expanded = expanded.flatMap((query) =>
            variable.options.map(({ value }) => ({
              panel: query.panel.replaceAll(`$${variable.name}`, value),
              expr: query.expr.replaceAll(`$${variable.name}`, value),
            })),
          );
        }
        return expanded;
      }),
    );
  });
}

async function postLoad(run: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) {
    ids.push(
      await postArticle({
        source: 'e2e-observability',
        guid: `${run}-${n}`,
        title: `Observability probe ${run} number ${n}`,
        text: `A short dispatch ${run} about harbour traffic, number ${n}, written to load the pipeline.`,
      }),
    );
  }
  return ids;
}

describe('ops see the pipeline through a real Prometheus', () => {
  const prometheus = new PrometheusProbe();
  const probe = new KafkaProbe();
  const run = `obs${Date.now()}`;

  beforeAll(async () => {
    prometheus.start();
    await probe.connect();
  }, 120_000);

  afterAll(async () => {
    await probe.disconnect();
    prometheus.stop();
  });

  it('scrapes every app', async () => {
    await eventually(async () => {
      const up = await prometheus.query('up{job="newsflow"} == 1');
      expect(up.map((sample) => sample.metric['app']).sort()).toEqual([
        'classifier',
        'indexer',
        'ingest',
        'normalizer',
        'search-api',
        'translator',
      ]);
    }, 60_000);
  });

  it('answers every PromQL expression of the dashboards with data after a small load', async () => {
    const ids = await postLoad(run, 10);
    await probe.publish(Topics.rawArticle, { key: `${run}-bad`, value: JSON.stringify({ source: 7 }) });
    await eventually(async () => expect((await search({ q: run })).body.total).toBe(ids.length));
    const queries = dashboardQueries();
    expect(queries.length).toBeGreaterThan(20);
    const empty = async () => {
      const results = await Promise.all(
        queries.map(async (query) => ({ ...query, data: await prometheus.query(query.expr) })),
      );
      return results.filter((result) => result.data.length === 0).map(({ panel, expr }) => `${panel}: ${expr}`);
    };
    await eventually(async () => expect(await empty()).toEqual([]), 60_000, 1_000);
  });

  it('shows consumer lag rising while the indexer is stopped, and falling after it restarts', async () => {
    const lag = 'sum(newsflow_consumer_lag_messages{group="newsflow-indexer"})';
    await eventually(async () => expect(await prometheus.value(lag)).toBe(0), 60_000, 1_000);
    await stop('indexer');
    try {
      await postLoad(`${run}-lag`, 15);
      await eventually(async () => expect(await prometheus.value(lag)).toBeGreaterThanOrEqual(15), 60_000, 1_000);
      await eventually(
        async () =>
          expect(
            await prometheus.value('max(newsflow_consumer_lag_seconds{group="newsflow-indexer"})'),
          ).toBeGreaterThan(1),
        30_000,
        1_000,
      );
      await eventually(async () => expect(await prometheus.value('up{app="indexer"}')).toBe(0), 30_000, 1_000);
    } finally {
      await start('indexer');
    }
    await eventually(async () => expect(await prometheus.value(lag)).toBe(0), 60_000, 1_000);
    expect(await prometheus.value(`max_over_time(${lag}[2m:1s])`)).toBeGreaterThanOrEqual(15);
  });
});
