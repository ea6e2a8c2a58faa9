/**
 * Where each stage's CPU goes, from the V8 profiles the apps write when the pipeline runs with
 * `NEWSFLOW_CPU_PROFILE_DIR=<dir> INGEST_AUTH=off bash scripts/pipeline.sh` and are stopped with
 * `bash scripts/pipeline.sh stop` (profiles are written as each process exits):
 *   bash tools/run-ts.sh tools/bench/cpu-profile-summary.ts <dir>
 *
 * For every app and thread: its sampled busy time, and the share of it spent under each part
 * (inclusive, so parts may overlap) and in the garbage collector. Shares are what to compare: the
 * sampled milliseconds include time the thread waited for a core on a busy machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { busyShares, type CpuProfile } from './pipeline/cpu-profile';

/** Function names that mark a part of a stage's work wherever they sit on the stack. */
const PARTS: Record<string, string[]> = {
  'text work (worker thread)': ['normaliseInWorker'],
  classification: ['classifyArticle'],
  'decoding consumed events': ['decodeEvent'],
  'Kafka produce requests': ['sendBatch', 'send'],
  'PostgreSQL writes': ['upsertMany', 'assignMany'],
  'Elasticsearch bulk': ['upsert'],
  'contract checks (zod)': ['inst._zod.parse'],
  'loading code (start-up)': ['Module._load'],
};

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: cpu-profile-summary.ts <profile dir>');
  for (const app of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, app)).filter((name) => name.endsWith('.cpuprofile'))) {
      const profile = JSON.parse(readFileSync(join(dir, app, file), 'utf8')) as CpuProfile;
      const shares = busyShares(profile, PARTS);
      if (shares.busyMs < 100) continue;
      console.log(`${app} ${file.split('.').slice(-3, -1).join('.')}: ${shares.busyMs.toFixed(0)} ms busy`);
      for (const [part, share] of Object.entries(shares.parts).sort((a, b) => b[1] - a[1])) {
        if (share >= 0.005) console.log(`  ${(share * 100).toFixed(1).padStart(5)}%  ${part}`);
      }
    }
  }
}

main();
