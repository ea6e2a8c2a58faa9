import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';

import type { EngineEndpoints } from './engines';
import { repoRoot } from './engines';
import { eventually, StopWaiting } from './eventually';

export const APP_NAMES = ['ingest', 'normalizer', 'classifier', 'indexer', 'search-api', 'translator'] as const;
export type AppName = (typeof APP_NAMES)[number];

/**
 * Old-generation heap of each app's main thread. Node sizes the default by the machine's memory,
 * so on a large machine a process draining a backlog keeps garbage it could collect and its RSS
 * grows with the machine, not the work. infra/app/Dockerfile sets the same.
 */
export const APP_HEAP_MB = 256;
/** The translator is off the searchability path: on a shared machine it yields the CPU to the stages. */
const LOWER_PRIORITY: Partial<Record<AppName, number>> = { translator: 10 };

export interface StackOptions {
  engines: EngineEndpoints;
  /** Ports are basePort + 0..5, in APP_NAMES order. */
  basePort: number;
  indexPrefix: string;
  logDir: string;
  /** Detached apps outlive the process that started them (the pipeline command); tests keep them attached. */
  detached: boolean;
  logLevel?: string;
  /** The translator's TRANSLATION_TARGETS; en,ru unless given. */
  translationTargets?: string;
  /** Ingest's INGEST_AUTH; off unless given, so that tests about other things post without a key. */
  ingestAuth?: 'required' | 'off';
  /** When given, each app writes V8 CPU profiles (one per thread) to <dir>/<app> as it exits. */
  cpuProfileDir?: string;
}

export interface RunningStack {
  urls: Record<AppName, string>;
  processes: Partial<Record<AppName, ChildProcess>>;
  stop(): Promise<void>;
}

function appEnv(options: StackOptions, port: number): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    NODE_ENV: 'production',
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: String(port),
    KAFKA_BROKERS: options.engines.kafkaBrokers,
    DATABASE_URL: options.engines.databaseUrl,
    ELASTICSEARCH_URL: options.engines.elasticsearchUrl,
    ELASTICSEARCH_INDEX_PREFIX: options.indexPrefix,
    LOG_LEVEL: options.logLevel ?? 'info',
    APERTIUM_URL: options.engines.apertiumUrl,
    TRANSLATION_TARGETS: options.translationTargets ?? 'en,ru',
    INGEST_AUTH: options.ingestAuth ?? 'off',
  };
}

async function waitUntilReady(name: string, url: string, logFile: string, child: ChildProcess, timeoutMs: number) {
  await eventually(
    async () => {
      if (child.exitCode !== null) {
        throw new StopWaiting(`${name} exited with code ${child.exitCode}; see ${logFile}:\n${tail(logFile)}`);
      }
      const response = await fetch(`${url}/health/ready`).catch(() => null);
      if (!response?.ok)
        throw new Error(`${name} was not ready within ${timeoutMs} ms; see ${logFile}:\n${tail(logFile)}`);
    },
    timeoutMs,
    250,
  );
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-20).join('\n') : '(no log)';
}

interface LaunchedApp {
  child: ChildProcess;
  url: string;
  logFile: string;
}

interface LaunchOverrides {
  port?: number;
  env?: NodeJS.ProcessEnv;
  logName?: string;
}

function launchApp(
  name: AppName,
  options: StackOptions,
  logMode: 'w' | 'a',
  overrides: LaunchOverrides = {},
): LaunchedApp {
  const port = overrides.port ?? options.basePort + APP_NAMES.indexOf(name);
  const main = join(repoRoot, 'dist', 'apps', name, 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: build the apps first (npx nx run-many -t build)`);
  const logFile = join(options.logDir, `${overrides.logName ?? name}.log`);
  const log = openSync(logFile, logMode);
  const profiling = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(options.cpuProfileDir, name)}`] : [];
  const child = spawn(
    process.execPath,
    [...profiling, '--enable-source-maps', `--max-old-space-size=${APP_HEAP_MB}`, main],
    {
      env: { ...appEnv(options, port), ...overrides.env },
      cwd: repoRoot,
      stdio: ['ignore', log, log],
      detached: options.detached,
    },
  );
  closeSync(log);
  const niceness = LOWER_PRIORITY[name];
  if (niceness !== undefined && child.pid !== undefined) setPriority(child.pid, niceness);
  if (options.detached) child.unref();
  return { child, url: `http://127.0.0.1:${port}`, logFile };
}

function stopChild(child: ChildProcess | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts the six built apps (dist/apps/*) against the given engines and waits until each is ready. */
export async function startApps(options: StackOptions): Promise<RunningStack> {
  mkdirSync(options.logDir, { recursive: true });
  const launched = Object.fromEntries(APP_NAMES.map((name) => [name, launchApp(name, options, 'w')])) as Record<
    AppName,
    LaunchedApp
  >;
  const processes = Object.fromEntries(APP_NAMES.map((name) => [name, launched[name].child])) as Record<
    AppName,
    ChildProcess
  >;
  const urls = Object.fromEntries(APP_NAMES.map((name) => [name, launched[name].url])) as Record<AppName, string>;
  const stop = async () => {
    await Promise.all(Object.values(processes).map(stopChild));
  };
  try {
    await Promise.all(
      APP_NAMES.map((name) => waitUntilReady(name, urls[name], launched[name].logFile, processes[name], 90_000)),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { urls, processes, stop };
}

/** Stops one app by its pid: the given signal, then SIGKILL after 15 s. */
export async function stopApp(pid: number, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  process.kill(pid, signal);
  const stopped = async () => {
    if (isRunning(pid)) throw new Error(`pid ${pid} is still running`);
  };
  await eventually(stopped, 15_000, 100).catch(() => process.kill(pid, 'SIGKILL'));
}

/** Starts one more process of an app (its log appended to) and waits until it is ready; the caller stops it. */
export async function startApp(name: AppName, options: StackOptions): Promise<ChildProcess> {
  const app = launchApp(name, options, 'a');
  await waitUntilReady(name, app.url, app.logFile, app.child, 90_000);
  return app.child;
}

/**
 * Stops one app by its pid and starts a fresh process in its place, e.g. to show that state kept
 * in PostgreSQL survives a restart, or (SIGKILL) that a crash loses nothing. Returns the new
 * process, which the caller must stop.
 */
export async function restartApp(
  name: AppName,
  options: StackOptions,
  pid: number,
  signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM',
): Promise<ChildProcess> {
  await stopApp(pid, signal);
  return startApp(name, options);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts one more instance of an app with settings of its own (e.g. a closed port for a dependency) and waits only
 * until it is alive, since it may never be ready. The caller stops it.
 */
export async function startExtraApp(
  name: AppName,
  options: StackOptions,
  overrides: Required<Pick<LaunchOverrides, 'port' | 'env' | 'logName'>>,
): Promise<{ url: string; stop(): Promise<void> }> {
  const app = launchApp(name, options, 'w', overrides);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null)
      throw new Error(`${name} exited with code ${app.child.exitCode}; see ${app.logFile}`);
    const live = await fetch(`${app.url}/health/live`).catch(() => null);
    if (live?.ok) return { url: app.url, stop: () => stopChild(app.child) };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stopChild(app.child);
  throw new Error(`${name} was not alive within 60 s; see ${app.logFile}:\n${tail(app.logFile)}`);
}

/** Starts a second instance of a stage (same consumer group, basePort + 10..15) and waits until it is ready. */
export async function startSecondInstance(
  name: AppName,
  options: StackOptions,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = options.basePort + APP_NAMES.indexOf(name) + 10;
  const app = launchApp(name, options, 'w', { port, logName: `${name}-2` });
  await waitUntilReady(`${name} (2)`, app.url, app.logFile, app.child, 90_000);
  return { url: app.url, stop: () => stopChild(app.child) };
}
