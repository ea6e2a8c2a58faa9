/** Thrown by an expectation to stop polling at once: waiting longer cannot help (the process under test exited). */
export class StopWaiting extends Error {}

/**
 * Polls until the expectation passes: the pipeline is asynchronous, so a test or the pipeline command waits for an
 * outcome instead of sleeping a guessed time. The last failure is rethrown if time runs out.
 */
export async function eventually<T>(expectation: () => Promise<T>, timeoutMs = 60_000, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = new Error(`not even tried within ${timeoutMs} ms`);
  while (Date.now() < deadline) {
    try {
      return await expectation();
    } catch (error) {
      if (error instanceof StopWaiting) throw error;
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
  throw lastError;
}
