import { externalVersion, MAX_INDEXED_ARTICLE_VERSION } from './external-version';

const article = (version: number, revision?: number) => ({
  version,
  classification: revision === undefined ? {} : { revision },
});

describe('externalVersion', () => {
  it('orders by article version first, then by classifier revision', () => {
    const now = 1_796_000_000_000;
    expect(externalVersion(article(now, 2))).toBeGreaterThan(externalVersion(article(now, 1)));
    expect(externalVersion(article(now + 1, 1))).toBeGreaterThan(externalVersion(article(now, 999)));
    expect(externalVersion(article(now))).toBe(externalVersion(article(now, 1)));
  });

  it('stays an exact integer, within a signed 64-bit long, up to the largest version it accepts', () => {
    const highest = externalVersion(article(MAX_INDEXED_ARTICLE_VERSION, 999));
    expect(Number.isSafeInteger(highest)).toBe(true);
    expect(BigInt(highest)).toBeLessThan(2n ** 63n - 1n);
    expect(() => externalVersion(article(MAX_INDEXED_ARTICLE_VERSION + 1, 1))).toThrow(RangeError);
  });
});
