import { ConfigError } from './load-config';

/**
 * The one way a process starts: a bad setting ends it with exit code 1 and a message naming the
 * setting, instead of a stack trace or a half-started service.
 */
export function runService(service: string, start: () => Promise<unknown>): void {
  start().catch((error: unknown) => {
    const message = error instanceof ConfigError ? error.message : ((error as Error)?.stack ?? String(error));
    process.stderr.write(`${service} failed to start: ${message}\n`);
    process.exit(1);
  });
}
