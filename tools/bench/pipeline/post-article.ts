import type { BenchPage } from '@newsflow/test-harness';

export async function postArticle(ingestUrl: string, page: BenchPage): Promise<string> {
  const response = await fetch(`${ingestUrl}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(page),
  });
  if (response.status !== 202) throw new Error(`POST answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
