import type { BenchPage } from '@newsflow/test-harness';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts pages as one NDJSON batch, waiting out 429s as Retry-After asks; returns the accepted ids. */
export async function postBatch(ingestUrl: string, pages: BenchPage[]): Promise<{ ids: string[]; refusals: number }> {
  const body = pages.map((page) => JSON.stringify(page)).join('\n');
  for (let refusals = 0; ; refusals += 1) {
    const response = await fetch(`${ingestUrl}/v1/articles/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body,
    });
    if (response.status === 429) {
      await response.arrayBuffer();
      await sleep(Number(response.headers.get('retry-after') ?? 1) * 1000);
      continue;
    }
    const reply = (await response.json()) as { rejected: number; results: { id?: string }[] };
    if (response.status !== 202 || reply.rejected > 0) {
      throw new Error(`batch answered ${response.status}: ${JSON.stringify(reply).slice(0, 500)}`);
    }
    return { ids: reply.results.map((result) => result.id as string), refusals };
  }
}
