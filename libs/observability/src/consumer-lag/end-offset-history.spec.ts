import { EndOffsetHistory } from './end-offset-history';

describe('EndOffsetHistory', () => {
  it('dates the oldest unconsumed message by the first scrape that saw it', () => {
    const history = new EndOffsetHistory();
    history.observe(1_000, 10);
    history.observe(6_000, 15);
    history.observe(11_000, 30);
    expect(history.ageSeconds(30, 20_000)).toBe(0);
    expect(history.ageSeconds(20, 20_000)).toBe(9);
    expect(history.ageSeconds(12, 20_000)).toBe(14);
    expect(history.ageSeconds(3, 20_000)).toBe(19);
  });

  it('keeps one sample per end offset and forgets what every group has read', () => {
    const history = new EndOffsetHistory();
    history.observe(1_000, 10);
    history.observe(2_000, 10);
    history.observe(3_000, 20);
    history.observe(4_000, 30);
    history.forgetUpTo(25);
    expect(history.ageSeconds(25, 10_000)).toBe(6);
    expect(history.ageSeconds(5, 10_000)).toBe(7);
  });

  it('stays bounded', () => {
    const history = new EndOffsetHistory(3);
    for (let high = 1; high <= 10; high += 1) history.observe(high * 1000, high);
    expect(history.ageSeconds(0, 10_000)).toBe(2);
  });
});
