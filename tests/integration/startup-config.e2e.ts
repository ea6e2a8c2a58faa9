import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const main = (app: string) => join(__dirname, '..', '..', 'dist', 'apps', app, 'main.js');

describe('a missing or bad setting stops a process with a message naming it', () => {
  it.each([
    [
      'indexer',
      { KAFKA_BROKERS: '127.0.0.1:9092', HTTP_PORT: '0', ELASTICSEARCH_URL: 'http://127.0.0.1:9200' },
      'DATABASE_URL',
    ],
    ['ingest', { KAFKA_BROKERS: 'broker-without-port', HTTP_PORT: '0' }, 'KAFKA_BROKERS'],
    [
      'search-api',
      { HTTP_PORT: '0', DATABASE_URL: 'mysql://x', ELASTICSEARCH_URL: 'http://127.0.0.1:9200' },
      'DATABASE_URL',
    ],
    ['normalizer', { KAFKA_BROKERS: '127.0.0.1:9092', HTTP_PORT: '70000' }, 'HTTP_PORT'],
  ])('%s without a valid setting exits 1 naming %s', (app, env, setting) => {
    const run = spawnSync(process.execPath, [main(app as string)], {
      env: { PATH: process.env['PATH'], ...(env as Record<string, string>) },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${app} failed to start: invalid configuration`);
    expect(run.stderr).toContain(setting as string);
  });
});
