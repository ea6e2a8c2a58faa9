import { backoffSeconds } from './poll-schedule';

describe('backoffSeconds', () => {
  it('doubles from twice the interval with each consecutive failure, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((failures) => backoffSeconds(60, failures, 900))).toEqual([
      120, 240, 480, 900, 900, 900,
    ]);
  });

  it('never waits less than the interval, even when the interval is longer than the cap', () => {
    expect(backoffSeconds(7_200, 3, 3_600)).toBe(7_200);
  });

  it('stays finite after very many failures', () => {
    expect(backoffSeconds(60, 10_000, 21_600)).toBe(21_600);
  });
});
