/**
 * Measures the running pipeline end to end (start it with `bash scripts/pipeline.sh`):
 * posts N distinct articles concurrently and polls search until each is findable.
 *   bash tools/run-ts.sh tools/bench/pipeline-throughput.ts [articles=500] [concurrency=50]
 * Prints accepted/s at ingest, articles/s through the whole pipeline and the time to first/all searchable.
 */
const ingestUrl = process.env['NEWSFLOW_INGEST_URL'] ?? 'http://127.0.0.1:3000';
const searchUrl = process.env['NEWSFLOW_SEARCH_URL'] ?? 'http://127.0.0.1:3004';
const total = Number(process.argv[2] ?? 500);
const concurrency = Number(process.argv[3] ?? 50);

async function post(run: string, n: number): Promise<string> {
  const response = await fetch(`${ingestUrl}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      source: `bench-${run}`,
      guid: `bench-${run}-${n}`,
      title: `Benchmark bulletin ${n}`,
      text: `Bulletin ${n} of benchmark run ${run}. The transport office in Kyiv reported changes to ${n % 40} tram lines after talks with the city council and the Ministry of Infrastructure.`,
    }),
  });
  if (response.status !== 202) throw new Error(`POST answered ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

async function main() {
  const run = Date.now().toString(36);
  const started = Date.now();
  const posted: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) posted.push(await post(run, next++));
    }),
  );
  const ingested = Date.now();
  let firstSearchable = 0;
  let searchable = 0;
  const deadline = Date.now() + 300_000;
  while (searchable < total && Date.now() < deadline) {
    const reply = (await (await fetch(`${searchUrl}/v1/search?q=${run}&size=1`)).json()) as { total: number };
    searchable = reply.total;
    if (searchable > 0 && firstSearchable === 0) firstSearchable = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const finished = Date.now();
  console.log(`articles: ${total}, accepted: ${posted.length}, concurrency: ${concurrency}, searchable: ${searchable}`);
  console.log(`ingest accepted: ${(total / ((ingested - started) / 1000)).toFixed(0)} articles/s`);
  console.log(
    `end to end: ${(searchable / ((finished - started) / 1000)).toFixed(0)} articles/s (all searchable after ${finished - started} ms)`,
  );
  console.log(`first article searchable ${firstSearchable - started} ms after the first post`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
