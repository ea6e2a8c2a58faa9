import { assignStories, StoryCandidates } from './story-candidates';

/** A fingerprint whose minhash values and band keys are derived from the given words. */
function fingerprint(...words: string[]) {
  const minhash = Array.from({ length: 64 }, (_, i) => words[i % words.length].charCodeAt(0) * 1000 + i);
  return { minhash, bandKeys: words.map((word) => `band:${word}`) };
}

describe('StoryCandidates', () => {
  it('ranks stories by shared band keys, then by story id', () => {
    const candidates = new StoryCandidates([
      { bandKey: 'band:a', storyId: 's2' },
      { bandKey: 'band:a', storyId: 's1' },
      { bandKey: 'band:b', storyId: 's2' },
      { bandKey: 'band:c', storyId: 's3' },
    ]);
    expect(candidates.rank(fingerprint('a', 'b', 'c'))).toEqual(['s2', 's1', 's3']);
    expect(candidates.rank(fingerprint('a', 'b', 'c'), 1)).toEqual(['s2']);
    expect(candidates.rank(fingerprint('z'))).toEqual([]);
  });

  it('joins a stored story only when its representative is similar enough', () => {
    const candidates = new StoryCandidates([{ bandKey: 'band:a', storyId: 's1' }]);
    candidates.addMinhashes([{ storyId: 's1', minhash: fingerprint('a', 'b').minhash }]);
    expect(candidates.choose(fingerprint('a', 'b'))).toBe('s1');
    expect(candidates.choose(fingerprint('a', 'x', 'y', 'z'))).toBeNull();
  });
});

describe('assignStories', () => {
  it('lets a copy later in the batch join the story an earlier article opened', () => {
    const { assignments, fingerprints } = assignStories(
      [
        { articleId: 'a1', fingerprint: fingerprint('a', 'b') },
        { articleId: 'a2', fingerprint: fingerprint('p', 'q') },
        { articleId: 'a3', fingerprint: fingerprint('a', 'b') },
      ],
      new Map(),
      new StoryCandidates([]),
    );
    expect(assignments).toEqual([
      { articleId: 'a1', storyId: 'a1' },
      { articleId: 'a2', storyId: 'a2' },
      { articleId: 'a3', storyId: 'a1' },
    ]);
    expect(fingerprints.map(({ articleId, opensStory }) => [articleId, opensStory])).toEqual([
      ['a1', true],
      ['a2', true],
      ['a3', false],
    ]);
  });

  it('keeps the story of an article assigned before and records nothing new for it', () => {
    const { assignments, fingerprints } = assignStories(
      [
        { articleId: 'a1', fingerprint: fingerprint('a', 'b') },
        { articleId: 'a1', fingerprint: fingerprint('x', 'y') },
      ],
      new Map([['a1', 'story-0']]),
      new StoryCandidates([]),
    );
    expect(assignments).toEqual([
      { articleId: 'a1', storyId: 'story-0' },
      { articleId: 'a1', storyId: 'story-0' },
    ]);
    expect(fingerprints).toEqual([]);
  });

  it('gives a second revision in the same batch the story of the first', () => {
    const { assignments, fingerprints } = assignStories(
      [
        { articleId: 'a1', fingerprint: fingerprint('a', 'b') },
        { articleId: 'a1', fingerprint: fingerprint('x', 'y') },
      ],
      new Map(),
      new StoryCandidates([]),
    );
    expect(assignments.map((assignment) => assignment.storyId)).toEqual(['a1', 'a1']);
    expect(fingerprints).toHaveLength(1);
  });
});
