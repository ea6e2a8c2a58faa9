/** The dates an article can plausibly carry: none before 1900, none more than a day ahead of our clock. */
export const SaneDateRange = {
  earliest: Date.UTC(1900, 0, 1),
  aheadMs: 24 * 60 * 60 * 1000,
} as const;

export function isSaneInstant(epochMs: number, now: number = Date.now()): boolean {
  return Number.isFinite(epochMs) && epochMs >= SaneDateRange.earliest && epochMs <= now + SaneDateRange.aheadMs;
}

export const saneDateMessage = 'must be between 1900-01-01 and one day from now';
