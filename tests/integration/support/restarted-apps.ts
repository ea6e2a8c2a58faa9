import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

import { type AppName, restartApp, type StackOptions } from '@newsflow/test-harness';

export const restartedPidsFile = (logDir: string) => join(logDir, 'restarted.pids');

/** Restarts one of the apps global-setup started; global-teardown stops the new process. */
export async function restart(name: AppName, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  const options: StackOptions = JSON.parse(process.env['NEWSFLOW_TEST_STACK_OPTIONS']!);
  const pids: Record<string, number> = JSON.parse(process.env['NEWSFLOW_TEST_APP_PIDS']!);
  const child = await restartApp(name, options, pids[name], signal);
  // global-teardown stops it by pid; an unreferenced child does not keep jest's event loop alive.
  child.unref();
  appendFileSync(restartedPidsFile(options.logDir), `${child.pid}\n`);
  pids[name] = child.pid!;
  process.env['NEWSFLOW_TEST_APP_PIDS'] = JSON.stringify(pids);
}
