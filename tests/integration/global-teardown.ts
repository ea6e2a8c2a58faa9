import './register-paths';
import type { RunningStack } from '@newsflow/test-harness';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { newsflowStack?: RunningStack }).newsflowStack?.stop();
}
