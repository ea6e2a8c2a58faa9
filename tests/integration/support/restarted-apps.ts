import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { type AppName, restartApp, type StackOptions, startApp, stopApp } from '@newsflow/test-harness';

export const restartedPidsFile = (logDir: string) => join(logDir, 'restarted.pids');

/**
 * Jest gives every test file its own copy of process.env, so the pid of an app another file
 * restarted lives in a file that all of them read.
 */
const currentPidsFile = (logDir: string) => join(logDir, 'current-pids.json');

export function recordRunningApps(logDir: string, pids: Record<string, number>): void {
  writeFileSync(currentPidsFile(logDir), JSON.stringify(pids));
}

function currentPids(logDir: string): Record<string, number> {
  return JSON.parse(readFileSync(currentPidsFile(logDir), 'utf8'));
}

const stackOptions = (): StackOptions => JSON.parse(process.env['NEWSFLOW_TEST_STACK_OPTIONS']!);

/** Restarts one of the apps global-setup started; global-teardown stops the new process. */
export async function restart(name: AppName, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  const options = stackOptions();
  adopt(name, await restartApp(name, options, currentPids(options.logDir)[name], signal), options);
}

/** Stops one of the apps global-setup started, until `start` brings it back. */
export async function stop(name: AppName): Promise<void> {
  await stopApp(currentPids(stackOptions().logDir)[name]);
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
  recordRunningApps(options.logDir, { ...currentPids(options.logDir), [name]: child.pid! });
}
