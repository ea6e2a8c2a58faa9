import { join } from 'node:path';

import { ArticleRejectedError } from '@newsflow/contracts';

import { BudgetedWorkers } from './budgeted-workers';

describe('BudgetedWorkers', () => {
  const workers = new BudgetedWorkers<{ spinMs: number }, string>(join(__dirname, 'testing', 'spin.worker.js'), {
    budgetMs: 1_500,
    threads: 2,
    heapMb: 64,
  });

  afterAll(() => workers.close());

  it('abandons a task over its budget, rejects it with the reason, and keeps serving the others', async () => {
    const started = Date.now();
    const results = await workers.runAll([{ spinMs: 60_000 }, { spinMs: 1 }, { spinMs: 1 }, { spinMs: 1 }]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: expect.any(ArticleRejectedError) });
    expect((results[0] as PromiseRejectedResult).reason.message).toContain('budget of 1500 ms');
    expect(results.slice(1)).toEqual(Array(3).fill({ status: 'fulfilled', value: 'spun 1 ms' }));
  });

  it('works on after abandoning a worker', async () => {
    expect(await workers.runAll([{ spinMs: 5 }])).toEqual([{ status: 'fulfilled', value: 'spun 5 ms' }]);
  });
});
