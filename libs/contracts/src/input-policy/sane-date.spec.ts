import { isSaneInstant, SaneDateRange } from './sane-date';

describe('isSaneInstant', () => {
  const now = Date.parse('2026-06-01T12:00:00Z');

  it.each([
    ['1900-01-01T00:00:00Z', true],
    ['1899-12-31T23:59:59Z', false],
    ['0000-01-01T00:00:00Z', false],
    ['2026-06-02T11:59:59Z', true],
    ['2026-06-02T12:00:01Z', false],
    ['2999-01-01T00:00:00Z', false],
  ])('%s → %s', (value, sane) => {
    expect(isSaneInstant(Date.parse(value), now)).toBe(sane);
  });

  it('refuses what is not a number of milliseconds', () => {
    expect(isSaneInstant(Number.NaN, now)).toBe(false);
    expect(isSaneInstant(Number.POSITIVE_INFINITY, now)).toBe(false);
  });

  it('allows exactly one day ahead', () => {
    expect(isSaneInstant(now + SaneDateRange.aheadMs, now)).toBe(true);
  });
});
