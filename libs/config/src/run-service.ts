import { startTracing } from '@newsflow/tracing';

import { EarlyHttp, type StageEntry } from './early-http';
import { ConfigError } from './load-config';

/**
 * The one way a process starts: a bad setting ends it with exit code 1 and a message naming the
 * setting, instead of a stack trace or a half-started service. Tracing starts first: `start`
 * must load the process's HTTP server, express and Nest itself (dynamic imports), after it.
 */
export function runService(service: string, start: () => Promise<unknown>): void {
  startTracing(service)
    .then(() => start())
    .catch((error: unknown) => {
      const message = error instanceof ConfigError ? error.message : ((error as Error)?.stack ?? String(error));
      process.stderr.write(`${service} failed to start: ${message}\n`);
      process.exit(1);
    });
}

/**
 * Starts a pipeline stage: its HTTP port opens first, then its code is loaded (`load` is a dynamic
 * import, so the heavy modules load after the port is open) and started.
 */
export function runStage(service: string, load: () => Promise<{ stage: StageEntry }>): void {
  runService(service, async () => {
    const http = await EarlyHttp.listen(service);
    const { stage } = await load();
    await stage.start(service, http);
  });
}
