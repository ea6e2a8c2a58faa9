import { parseTimeBound } from './time-bound';

describe('parseTimeBound', () => {
  const now = Date.parse('2026-02-01T12:00:00Z');

  it.each([
    ['90s', '2026-02-01T11:58:30.000Z'],
    ['10m', '2026-02-01T11:50:00.000Z'],
    ['2h', '2026-02-01T10:00:00.000Z'],
    ['7d', '2026-01-25T12:00:00.000Z'],
    ['2026-01-31T08:30:00Z', '2026-01-31T08:30:00.000Z'],
    ['2026-01-31T08:30:00+02:00', '2026-01-31T06:30:00.000Z'],
  ])('reads %s', (text, expected) => {
    expect(new Date(parseTimeBound(text, now)).toISOString()).toBe(expected);
  });

  it.each(['yesterday', '10 minutes', '2026-13-45', ''])('rejects %j with an example of what it takes', (text) => {
    expect(() => parseTimeBound(text, now)).toThrow(/ISO 8601.*duration/);
  });
});
