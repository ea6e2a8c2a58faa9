import { chooseStory, storySimilarity } from './choose-story';

const fp = (values: number[]) => ({ minhash: values, bandKeys: [] });

describe('storySimilarity', () => {
  it('is the share of equal minhash slots', () => {
    expect(storySimilarity(fp([1, 2, 3, 4]), fp([1, 2, 0, 0]))).toBe(0.5);
  });

  it('is 0 for empty or mismatched fingerprints', () => {
    expect(storySimilarity(fp([]), fp([]))).toBe(0);
    expect(storySimilarity(fp([1]), fp([1, 2]))).toBe(0);
  });
});

describe('chooseStory', () => {
  const me = fp([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

  it('picks the most similar candidate above the threshold', () => {
    const result = chooseStory(me, [
      { storyId: 'b', fingerprint: fp([1, 2, 3, 4, 5, 0, 0, 0, 0, 0]) },
      { storyId: 'a', fingerprint: fp([1, 2, 3, 4, 5, 6, 7, 0, 0, 0]) },
    ]);
    expect(result).toEqual({ storyId: 'a', similarity: 0.7 });
  });

  it('breaks ties by story id and starts a new story when nothing is close', () => {
    const same = fp([1, 2, 3, 4, 5, 6, 7, 8, 0, 0]);
    expect(
      chooseStory(me, [
        { storyId: 'z', fingerprint: same },
        { storyId: 'c', fingerprint: same },
      ])?.storyId,
    ).toBe('c');
    expect(chooseStory(me, [{ storyId: 'x', fingerprint: fp([0, 0, 0, 0, 0, 0, 0, 0, 0, 10]) }])).toBeNull();
    expect(chooseStory(me, [])).toBeNull();
  });
});
