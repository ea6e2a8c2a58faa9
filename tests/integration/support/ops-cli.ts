import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { repoRoot } from '@newsflow/test-harness';

import { stack } from './stack-env';

export interface OpsRun {
  status: number;
  stdout: string;
  stderr: string;
}

const main = join(repoRoot, 'dist', 'apps', 'ops', 'main.js');

/** Runs the built ops CLI as an operator would (`npx nx run ops:cli -- …`), against this slot's engines. */
export function ops(...args: string[]): Promise<OpsRun> {
  if (!existsSync(main)) throw new Error(`${main} is missing: build the apps first (npx nx run-many -t build)`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [main, ...args],
      {
        cwd: repoRoot,
        env: {
          PATH: process.env['PATH'],
          KAFKA_BROKERS: stack.kafkaBrokers.join(','),
          DATABASE_URL: stack.databaseUrl,
          ELASTICSEARCH_URL: stack.elasticsearchUrl,
          ELASTICSEARCH_INDEX_PREFIX: stack.indexPrefix,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** `ops …` that must succeed; its stdout. */
export async function opsOk(...args: string[]): Promise<string> {
  const run = await ops(...args);
  if (run.status !== 0) throw new Error(`ops ${args.join(' ')} exited ${run.status}:\n${run.stderr}${run.stdout}`);
  return run.stdout;
}
