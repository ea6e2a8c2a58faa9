const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * A point in time as ops type it: an ISO 8601 timestamp, or a duration back from now such as
 * `90s`, `10m`, `2h` or `7d`. Returns epoch milliseconds, or throws naming what was wrong.
 */
export function parseTimeBound(text: string, now = Date.now()): number {
  const relative = /^(\d+)([smhd])$/.exec(text.trim());
  if (relative) return now - Number(relative[1]) * UNITS[relative[2]];
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const absolute = Date.parse(text);
    if (Number.isFinite(absolute)) return absolute;
  }
  throw new Error(
    `'${text}' is neither an ISO 8601 time (2026-01-31T12:00:00Z) nor a duration back from now (10m, 2h, 7d)`,
  );
}
