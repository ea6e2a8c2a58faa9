import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { repoRoot, type StackOptions } from '@newsflow/test-harness';

const script = join(repoRoot, 'infra', 'local', 'prometheus.sh');

/** A real Prometheus (infra/local/prometheus.sh) scraping this slot's apps every second. */
export class PrometheusProbe {
  readonly url: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor() {
    const options: StackOptions = JSON.parse(process.env['NEWSFLOW_TEST_STACK_OPTIONS']!);
    const slot = Number(process.env['NEWSFLOW_TEST_SLOT'] ?? '0');
    const port = 19004 + 10 * slot;
    this.url = `http://127.0.0.1:${port}`;
    this.env = {
      ...process.env,
      PROMETHEUS_PORT: String(port),
      NEWSFLOW_APPS_BASE_PORT: String(options.basePort),
      PROMETHEUS_SCRAPE_INTERVAL: '1s',
    };
  }

  start(): void {
    execFileSync('bash', [script, 'start'], { env: this.env, stdio: 'inherit' });
  }

  stop(): void {
    execFileSync('bash', [script, 'stop'], { env: this.env, stdio: 'inherit' });
  }

  async query(expr: string): Promise<{ metric: Record<string, string>; value: [number, string] }[]> {
    const response = await fetch(`${this.url}/api/v1/query?${new URLSearchParams({ query: expr })}`);
    const body = (await response.json()) as { status: string; error?: string; data: { result: never[] } };
    if (body.status !== 'success') throw new Error(`${expr}: ${body.error}`);
    return body.data.result;
  }

  /** The single value an aggregating query returns (NaN when it returns nothing). */
  async value(expr: string): Promise<number> {
    const [sample] = await this.query(expr);
    return sample ? Number(sample.value[1]) : NaN;
  }
}
