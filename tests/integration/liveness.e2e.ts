import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { eventually, StopWaiting } from '@newsflow/test-harness';

const main = (app: string) => join(__dirname, '..', '..', 'dist', 'apps', app, 'main.js');
const SLOT = Number(process.env['NEWSFLOW_TEST_SLOT'] ?? '0');

describe('a stage is alive before it can reach its dependencies', () => {
  it.each(['normalizer', 'indexer'])(
    '%s answers /health/live at once and /health/ready 503 while its broker is unreachable',
    async (app) => {
      const port = 3100 + SLOT * 20 + 15 + (app === 'indexer' ? 1 : 0);
      const started = performance.now();
      const child = spawn(process.execPath, [main(app)], {
        env: {
          PATH: process.env['PATH'],
          HTTP_PORT: String(port),
          // Nothing listens there: the stage can never join its group.
          KAFKA_BROKERS: '127.0.0.1:9',
          DATABASE_URL: process.env['NEWSFLOW_TEST_DATABASE_URL'],
          ELASTICSEARCH_URL: process.env['NEWSFLOW_TEST_ELASTICSEARCH_URL'],
          LOG_LEVEL: 'silent',
        },
        stdio: 'ignore',
      });
      try {
        const live = await eventually(
          async () => {
            if (child.exitCode !== null) throw new StopWaiting(`${app} exited with code ${child.exitCode}`);
            const reply = await fetch(`http://127.0.0.1:${port}/health/live`).catch(() => null);
            if (!reply) throw new Error(`${app} did not answer /health/live`);
            return reply;
          },
          60_000,
          10,
        );
        const elapsed = performance.now() - started;
        process.stdout.write(`${app}: /health/live answered ${elapsed.toFixed(0)} ms after spawn\n`);
        expect(live.status).toBe(200);
        expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(503);
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        expect(child.exitCode).toBeNull();
        expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
        expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(503);
      } finally {
        child.kill('SIGKILL');
      }
    },
  );
});
