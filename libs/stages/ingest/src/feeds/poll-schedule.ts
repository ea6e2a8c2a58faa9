/**
 * Seconds until a failing feed is tried again: twice its interval after the first failure,
 * doubling with each further one, never more than the cap (nor less than the interval itself,
 * should the interval be longer than the cap). A feed that answers again goes back to its interval.
 */
export function backoffSeconds(intervalSeconds: number, consecutiveFailures: number, capSeconds: number): number {
  const doublings = Math.min(Math.max(consecutiveFailures, 1), 30);
  return Math.max(intervalSeconds, Math.min(intervalSeconds * 2 ** doublings, capSeconds));
}
