import { storySimilarity } from './choose-story';
import { BANDS, fingerprint, NUM_HASHES } from './minhash';

const paragraphs = [
  'The central bank raised its key interest rate by half a percentage point on Thursday, citing persistent inflation.',
  'Governor Maria Novak told reporters that price growth in services remained too high for comfort.',
  'Analysts had expected a smaller move after two months of slowing consumer prices across the region.',
  'The decision was taken unanimously by the monetary policy committee, according to a statement.',
  'Markets reacted calmly, with the currency gaining slightly against the euro in afternoon trading.',
];

describe('fingerprint', () => {
  it('has one value per hash function and one key per band', () => {
    const fp = fingerprint(paragraphs.join('\n\n'));
    expect(fp.minhash).toHaveLength(NUM_HASHES);
    expect(fp.bandKeys).toHaveLength(BANDS);
    expect(new Set(fp.bandKeys).size).toBe(BANDS);
  });

  it('is deterministic', () => {
    expect(fingerprint(paragraphs.join(' '))).toEqual(fingerprint(paragraphs.join(' ')));
  });

  it('estimates high similarity for a copy with one paragraph rewritten', () => {
    const copy = [...paragraphs];
    copy[3] = 'Two members of the committee argued for a pause, the minutes released later showed.';
    const a = fingerprint(paragraphs.join('\n\n'));
    const b = fingerprint(copy.join('\n\n'));
    expect(storySimilarity(a, b)).toBeGreaterThan(0.5);
    expect(a.bandKeys.some((k) => b.bandKeys.includes(k))).toBe(true);
  });

  it('returns an empty fingerprint for tiny texts', () => {
    expect(fingerprint('Too short.')).toEqual({ minhash: [], bandKeys: [] });
  });
});
