import { Registry } from 'prom-client';

import { registerDependencyHealth } from './dependency-health';

describe('registerDependencyHealth', () => {
  it('reports each readiness check as 1 or 0 at scrape time', async () => {
    const registry = new Registry();
    let databaseDown = false;
    registerDependencyHealth(registry, [
      { name: 'kafka', check: async () => undefined },
      {
        name: 'postgresql',
        check: async () => {
          if (databaseDown) throw new Error('connection refused');
        },
      },
    ]);
    expect(await registry.metrics()).toContain('newsflow_dependency_up{dependency="postgresql"} 1');
    databaseDown = true;
    const text = await registry.metrics();
    expect(text).toContain('newsflow_dependency_up{dependency="postgresql"} 0');
    expect(text).toContain('newsflow_dependency_up{dependency="kafka"} 1');
  });
});
