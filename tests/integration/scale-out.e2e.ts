import { type AppName, eventually, type StackOptions, startSecondInstance } from '@newsflow/test-harness';

import { postArticle } from './support/newsflow-client';
import { articleRows, inconsistentStories, searchDocuments } from './support/storage-probe';

const STAGES: AppName[] = ['normalizer', 'classifier', 'indexer'];
const ARTICLES = 2_000;

async function consumed(url: string, stage: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(text.match(new RegExp(`newsflow_messages_consumed_total\\{stage="${stage}"\\} (\\d+)`))?.[1] ?? 0);
}

describe('two instances of every stage share the partitions', () => {
  const second: { stage: AppName; url: string; stop: () => Promise<void> }[] = [];

  beforeAll(async () => {
    const options: StackOptions = JSON.parse(process.env['NEWSFLOW_TEST_STACK_OPTIONS']!);
    for (const stage of STAGES) second.push({ stage, ...(await startSecondInstance(stage, options)) });
  });

  afterAll(async () => {
    await Promise.all(second.map((instance) => instance.stop()));
  });

  it(`loses and duplicates nothing over ${ARTICLES} articles`, async () => {
    const run = Date.now();
    const source = `e2e-scale-${run}`;
    const ids: string[] = [];
    const started = Date.now();
    for (let first = 0; first < ARTICLES; first += 50) {
      ids.push(
        ...(await Promise.all(
          Array.from({ length: 50 }, (_, k) => {
            const n = first + k;
            return postArticle({
              source,
              guid: `scale-${n}`,
              title: `District report ${n}`,
              text: `Report ${n} of run ${run}: the district council of ward ${n % 97} reviewed ${n} planning requests and ${n % 13} road closures.`,
            });
          }),
        )),
      );
    }
    expect(new Set(ids).size).toBe(ARTICLES);
    await eventually(
      async () => expect(await searchDocuments({ term: { source } }, 10_000)).toHaveLength(ARTICLES),
      840_000,
      2_000,
    );
    process.stdout.write(
      `${ARTICLES} articles searchable ${((Date.now() - started) / 1000).toFixed(1)} s after the first POST\n`,
    );

    const documents = await searchDocuments({ term: { source } }, 10_000);
    expect(new Set(documents.map((d) => d.id))).toEqual(new Set(ids));
    const rows = await articleRows(ids);
    expect(rows).toHaveLength(ARTICLES);
    expect(await inconsistentStories(ids)).toBe(0);
    for (const instance of second) {
      expect(await consumed(instance.url, instance.stage)).toBeGreaterThan(0);
    }
  }, 900_000);
});
