import { computeStats, countWords, splitParagraphs, splitSentences } from './segment';

describe('segmentation', () => {
  it('splits paragraphs on blank lines, or on lines when there are none', () => {
    expect(splitParagraphs('a\nb\n\nc')).toEqual(['a b', 'c']);
    expect(splitParagraphs('a\nb')).toEqual(['a', 'b']);
  });

  it('splits sentences but not after initials', () => {
    expect(splitSentences('Про це сказав Т. Шевченко. Потім «Ні!» — відповів він. 2024 рік був важким.')).toEqual([
      'Про це сказав Т. Шевченко.',
      'Потім «Ні!» — відповів він.',
      '2024 рік був важким.',
    ]);
  });

  it('counts words with apostrophes and hyphens as one', () => {
    expect(countWords("м'ясо, обʼєкт і південно-східний")).toBe(4);
  });

  it('reports characters, words, sentences and reading time', () => {
    const paragraph = `${'слово '.repeat(399)}кінець.`;
    expect(computeStats([paragraph])).toEqual({
      characters: paragraph.length,
      words: 400,
      sentences: 1,
      readingTimeMinutes: 2,
    });
    expect(computeStats([])).toEqual({ characters: 0, words: 0, sentences: 0, readingTimeMinutes: 0 });
  });
});
