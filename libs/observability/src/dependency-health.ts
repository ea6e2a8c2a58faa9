import { Gauge, type Registry } from 'prom-client';

import type { ReadinessCheck } from './readiness-check';

const CHECK_TIMEOUT_MS = 2_000;

/** Engine health as Prometheus sees it: each scrape runs the process's readiness checks. */
export function registerDependencyHealth(registry: Registry, checks: ReadinessCheck[]): void {
  new Gauge({
    name: 'newsflow_dependency_up',
    help: '1 when this process reaches the engine it depends on (its readiness check passes), else 0',
    labelNames: ['dependency'] as const,
    registers: [registry],
    async collect() {
      const results = await Promise.all(checks.map((readiness) => passes(readiness)));
      checks.forEach((readiness, position) => this.set({ dependency: readiness.name }, results[position] ? 1 : 0));
    },
  });
}

async function passes(readiness: ReadinessCheck): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS)));
  const check = readiness.check().then(
    () => true,
    () => false,
  );
  return Promise.race([check, timeout]).finally(() => clearTimeout(timer));
}
