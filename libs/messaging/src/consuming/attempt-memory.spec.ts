import { decodeAttempts, encodeAttempts, nextAttempt } from './attempt-memory';

describe('attempt memory in offset metadata', () => {
  it('round-trips a record and bounds the reason', () => {
    const encoded = encodeAttempts({ offset: '42', attempts: 3, reason: 'x'.repeat(2000) });
    expect(encoded.length).toBeLessThan(600);
    expect(decodeAttempts(encoded)).toEqual({ offset: '42', attempts: 3, reason: 'x'.repeat(500) });
  });

  it('reads empty or foreign metadata as nothing remembered', () => {
    expect(decodeAttempts(null)).toBeNull();
    expect(decodeAttempts('')).toBeNull();
    expect(decodeAttempts('written by another tool')).toBeNull();
    expect(decodeAttempts('{"offset":1}')).toBeNull();
  });

  it('counts on from what is remembered for the same offset only', () => {
    expect(nextAttempt(null, '7')).toBe(1);
    expect(nextAttempt({ offset: '7', attempts: 2 }, '7')).toBe(3);
    expect(nextAttempt({ offset: '6', attempts: 4 }, '7')).toBe(1);
  });
});
