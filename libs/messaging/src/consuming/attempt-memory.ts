/**
 * How often the message at a partition's committed position has been started without finishing.
 * It is kept in the metadata of the committed offset itself, so it survives a restart, a crash
 * or a rebalance to another instance without a store of its own, and it is cleared by the next
 * ordinary commit once the message is done.
 */
export interface AttemptRecord {
  offset: string;
  attempts: number;
  reason?: string;
}

const MAX_REASON_LENGTH = 500;

export function encodeAttempts(record: AttemptRecord): string {
  return JSON.stringify({ o: record.offset, a: record.attempts, r: record.reason?.slice(0, MAX_REASON_LENGTH) });
}

export function decodeAttempts(metadata: string | null | undefined): AttemptRecord | null {
  if (!metadata) return null;
  try {
    const parsed = JSON.parse(metadata) as { o?: unknown; a?: unknown; r?: unknown };
    if (typeof parsed.o !== 'string' || typeof parsed.a !== 'number') return null;
    return { offset: parsed.o, attempts: parsed.a, ...(typeof parsed.r === 'string' ? { reason: parsed.r } : {}) };
  } catch {
    return null;
  }
}

/** The attempt number a new start of the message at `offset` gets, given what the partition remembers. */
export function nextAttempt(remembered: AttemptRecord | null, offset: string): number {
  return (remembered?.offset === offset ? remembered.attempts : 0) + 1;
}
