import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import type { AppName } from '@newsflow/test-harness';
import { repoRoot } from '@newsflow/test-harness';
import { Client as PgClient } from 'pg';

import { restart } from '../support/restarted-apps';
import { stack } from '../support/stack-env';
import { sleep } from './article-stream';

/** One fault: it breaks something, keeps it broken for a while, and repairs it. */
export interface Fault {
  name: string;
  inject(): Promise<void>;
}

const engines = (...args: string[]) =>
  execFileSync('bash', [join(repoRoot, 'infra', 'local', 'engines.sh'), ...args], { cwd: repoRoot, stdio: 'pipe' });

/** kill -9 at whatever moment the stream is in, then a fresh process. */
export const killStage = (name: AppName): Fault => ({
  name: `kill -9 ${name}`,
  inject: () => restart(name, 'SIGKILL'),
});

export const elasticsearchOutage = (seconds: number): Fault => ({
  name: `Elasticsearch stopped for ${seconds} s`,
  async inject() {
    engines('stop', 'elasticsearch');
    await sleep(seconds * 1000);
    engines('start');
  },
});

export const kafkaRestart = (): Fault => ({
  name: 'Kafka broker restart',
  async inject() {
    engines('stop', 'kafka');
    engines('start');
  },
});

/**
 * The database refuses new connections and loses its current ones, as during a failover. The
 * machine's PostgreSQL server itself keeps running: other databases on it are not ours.
 */
export const databaseOutage = (seconds: number): Fault => ({
  name: `database refusing connections for ${seconds} s`,
  async inject() {
    const database = new URL(stack.databaseUrl).pathname.slice(1);
    const admin = new PgClient({ connectionString: stack.databaseUrl.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${database.replaceAll('"', '""')}" ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database]);
      await sleep(seconds * 1000);
    } finally {
      await admin.query(`ALTER DATABASE "${database.replaceAll('"', '""')}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
  },
});
