/**
 * Polls until the expectation passes: the pipeline is asynchronous, so a test waits for an outcome
 * instead of sleeping a guessed time. The last failure is rethrown if time runs out.
 */
export async function eventually<T>(expectation: () => Promise<T>, timeoutMs = 60_000, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await expectation();
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
  throw lastError;
}
