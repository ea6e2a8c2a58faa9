import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

import { type AppName, restartApp, type StackOptions, startApp, stopApp } from '@newsflow/test-harness';

export const restartedPidsFile = (logDir: string) => join(logDir, 'restarted.pids');

const stackOptions = (): StackOptions => JSON.parse(process.env['NEWSFLOW_TEST_STACK_OPTIONS']!);
const appPids = (): Record<string, number> => JSON.parse(process.env['NEWSFLOW_TEST_APP_PIDS']!);

/** Restarts one of the apps global-setup started; global-teardown stops the new process. */
export async function restart(name: AppName, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  const options = stackOptions();
  adopt(name, await restartApp(name, options, appPids()[name], signal), options);
}

/** Stops one of the apps global-setup started, until `start` brings it back. */
export async function stop(name: AppName): Promise<void> {
  await stopApp(appPids()[name]);
}

/** Starts an app that `stop` stopped; global-teardown stops the new process. */
export async function start(name: AppName): Promise<void> {
  const options = stackOptions();
  adopt(name, await startApp(name, options), options);
}

function adopt(name: AppName, child: import('node:child_process').ChildProcess, options: StackOptions): void {
  // global-teardown stops it by pid; an unreferenced child does not keep jest's event loop alive.
  child.unref();
  appendFileSync(restartedPidsFile(options.logDir), `${child.pid}\n`);
  process.env['NEWSFLOW_TEST_APP_PIDS'] = JSON.stringify({ ...appPids(), [name]: child.pid! });
}
