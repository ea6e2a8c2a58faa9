import './register-paths';

import { existsSync, readFileSync, rmSync } from 'node:fs';

import type { RunningStack, StackOptions } from '@newsflow/test-harness';

import { restartedPidsFile } from './support/restarted-apps';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { newsflowStack?: RunningStack }).newsflowStack?.stop();
  const options: StackOptions = JSON.parse(process.env['NEWSFLOW_TEST_STACK_OPTIONS'] ?? '{}');
  const file = restartedPidsFile(options.logDir ?? '');
  if (!existsSync(file)) return;
  for (const pid of readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number)) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  rmSync(file);
}
