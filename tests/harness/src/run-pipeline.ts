import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ApiKeyRepository } from '@newsflow/api-keys';
import { createArticleDataSource, runArticleMigrations } from '@newsflow/article-store';
import { createApiKey } from '@newsflow/operations';

import { startApps } from './apps';
import { repoRoot, startEngines } from './engines';
import { eventually } from './eventually';

const DATABASE = 'newsflow';
const INDEX_PREFIX = 'newsflow';
const BASE_PORT = Number(process.env['NEWSFLOW_BASE_PORT'] ?? 3000);
const stateDir = join(repoRoot, '.engines', 'apps');

async function migrate(databaseUrl: string): Promise<void> {
  const dataSource = await createArticleDataSource(databaseUrl).initialize();
  try {
    const applied = await runArticleMigrations(dataSource);
    console.log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database schema is up to date');
  } finally {
    await dataSource.destroy();
  }
}

const samplesFolder = join(repoRoot, 'samples', 'articles');
const sampleFiles = () =>
  readdirSync(samplesFolder)
    .filter((name) => name.endsWith('.json'))
    .sort();

/** Ingest takes only API keys (INGEST_AUTH=required): one publish key per sample's source, as `ops keys create` makes. */
async function createSampleKeys(databaseUrl: string): Promise<Map<string, string>> {
  const sources = new Set(
    sampleFiles().map(
      (file) => (JSON.parse(readFileSync(join(samplesFolder, file), 'utf8')) as { source: string }).source,
    ),
  );
  const dataSource = await createArticleDataSource(databaseUrl).initialize();
  try {
    const keys = new ApiKeyRepository(dataSource);
    const tokens = new Map<string, string>();
    for (const source of sources) {
      tokens.set(source, (await createApiKey(keys, { source, scopes: ['publish', 'read'] })).token);
    }
    return tokens;
  } finally {
    await dataSource.destroy();
  }
}

async function postSamples(ingestUrl: string, keys: Map<string, string>): Promise<{ file: string; id: string }[]> {
  const posted = [];
  for (const file of sampleFiles()) {
    const sample = readFileSync(join(samplesFolder, file));
    const { source } = JSON.parse(sample.toString('utf8')) as { source: string };
    const response = await fetch(`${ingestUrl}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.get(source)}` },
      body: sample,
    });
    const body = (await response.json()) as { id?: string };
    if (response.status !== 202 || !body.id) throw new Error(`${file}: ${response.status} ${JSON.stringify(body)}`);
    posted.push({ file, id: body.id });
    console.log(`posted ${file} → ${body.id}`);
  }
  return posted;
}

async function waitForSearch(url: string, ids: string[]): Promise<unknown> {
  return eventually(
    async () => {
      const reply = (await (await fetch(url)).json()) as { items?: { id: string }[] };
      if (reply.items?.some((item) => ids.includes(item.id))) return reply;
      throw new Error(`the samples were not searchable within 60 s: see the logs in ${stateDir}`);
    },
    60_000,
    500,
  );
}

/** The machine translations of the Serbian sample (into English) and of the seed (into Russian). */
async function showTranslations(searchApiUrl: string, posted: { file: string; id: string }[]): Promise<void> {
  const wanted: [string, string][] = [
    ['sr-education-law.json', 'en'],
    ['seed-uk-kazakhstan-referendums.json', 'ru'],
  ];
  for (const [file, language] of wanted) {
    const id = posted.find((p) => p.file === file)?.id;
    if (!id) continue;
    const headline = await eventually(
      async () => {
        const article = (await (await fetch(`${searchApiUrl}/v1/articles/${id}`)).json()) as {
          headlines?: { role: string; value: string }[];
        };
        const translated = article.headlines?.find((h) => h.role === `translation:${language}`);
        if (!translated)
          throw new Error(`${file} had no ${language} translation within 60 s: see ${stateDir}/translator.log`);
        return translated.value;
      },
      60_000,
      500,
    );
    console.log(`translation of ${file} into ${language}: ${headline}\n  ${searchApiUrl}/articles/${id}`);
  }
}

/** `INGEST_AUTH=off` runs the stack for benchmarks, whose clients post without keys; anything else than off or required is refused. */
function ingestAuth(): 'required' | 'off' {
  const setting = process.env['INGEST_AUTH'] ?? 'required';
  if (setting !== 'required' && setting !== 'off')
    throw new Error(`INGEST_AUTH must be required or off, not ${JSON.stringify(setting)}`);
  return setting;
}

async function main(): Promise<void> {
  const auth = ingestAuth();
  const engines = startEngines(DATABASE);
  await migrate(engines.databaseUrl);
  const keys = await createSampleKeys(engines.databaseUrl);
  const stack = await startApps({
    ingestAuth: auth,
    engines,
    basePort: BASE_PORT,
    indexPrefix: INDEX_PREFIX,
    logDir: stateDir,
    detached: true,
    cpuProfileDir: process.env['NEWSFLOW_CPU_PROFILE_DIR'] || undefined,
  });
  writeFileSync(
    join(stateDir, 'pids'),
    Object.values(stack.processes)
      .map((child) => `${child!.pid}\n`)
      .join(''),
  );
  console.log(
    `apps running: ${Object.entries(stack.urls)
      .map(([name, url]) => `${name} ${url}`)
      .join(', ')}`,
  );

  const posted = await postSamples(stack.urls.ingest, keys);
  const searchUrl = `${stack.urls['search-api']}/v1/search?q=${encodeURIComponent('Смадіяров')}`;
  const result = await waitForSearch(
    searchUrl,
    posted.map((p) => p.id),
  );
  const uiUrl = `${stack.urls['search-api']}/?q=${encodeURIComponent('Смадіяров')}`;
  console.log(`\nsearch: ${searchUrl}\nsearch UI: ${uiUrl}\n${JSON.stringify(result, null, 2)}`);
  await showTranslations(stack.urls['search-api'], posted);
  const [source, token] = [...keys][0];
  console.log(
    `\ningest takes API keys only; a key for "${source}" (shown once; more with npx nx run ops:cli -- keys create):\n` +
      `  curl -X POST ${stack.urls.ingest}/v1/articles -H 'content-type: application/json' \\\n` +
      `    -H 'Authorization: Bearer ${token}' \\\n` +
      `    -d '{"source":"${source}","title":"Test","text":"A first paragraph of news."}'`,
  );
  console.log(`\nlogs in ${stateDir}; stop everything with: bash scripts/pipeline.sh stop`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
