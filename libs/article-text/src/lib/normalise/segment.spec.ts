import fc from 'fast-check';

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

describe('segmentation is linear and unchanged in meaning', () => {
  // The former regex, kept as the reference on short inputs only: it is quadratic on runs of terminals.
  const referenceSentenceEnd = /(?<!(?:^|[\s(])\p{Lu})[.!?…]+["»”’)\]]*\s+(?=[\p{Lu}\p{N}"«„“(])/gu;
  const referenceSplit = (paragraph: string) =>
    paragraph
      .replace(referenceSentenceEnd, (match) => `${match.trimEnd()}\u0000`)
      .split('\u0000')
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length > 0);
  const referenceParagraphs = (text: string) =>
    (/\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n'))
      .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
      .filter((block) => block.length > 0);

  const pieces = [
    '.',
    '!',
    '?',
    '…',
    '"',
    '»',
    '”',
    '’',
    ')',
    ']',
    '(',
    '«',
    '„',
    ' ',
    '\n',
    '\u00a0',
    'a',
    'A',
    'Ж',
    'ж',
    '7',
    '—',
    '𝐀',
    '😀',
  ];
  const prose = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));

  it('splits sentences exactly as the former regex did', () => {
    fc.assert(
      fc.property(prose, (paragraph) => expect(splitSentences(paragraph)).toEqual(referenceSplit(paragraph))),
      {
        numRuns: 5000,
      },
    );
  });

  it('splits paragraphs exactly as the former regexes did', () => {
    fc.assert(
      fc.property(prose, (text) => expect(splitParagraphs(text)).toEqual(referenceParagraphs(text))),
      {
        numRuns: 2000,
      },
    );
  });

  it.each([
    ['dots', '.'],
    ['exclamation marks', '!'],
    ['question marks', '?'],
    ['ellipses', '…'],
    ['terminals before closers', '.»'],
  ])('finishes on two million %s after a word, as one sentence', (_name, unit) => {
    const run = unit.repeat(2_000_000 / unit.length);
    expect(splitSentences(`Start ${run}`)).toEqual([`Start ${run}`]);
    expect(computeStats([`Start ${run}`]).sentences).toBe(1);
  });

  it('finishes on two million spaces between paragraphs and splits once per sentence in a long run of them', () => {
    const spaces = ' '.repeat(2_000_000);
    expect(splitParagraphs(`a${spaces}b\n${spaces}\nc`)).toEqual([`a${spaces}b`, 'c']);
    expect(splitParagraphs(`a${spaces}\n${spaces}b`)).toEqual(['a', 'b']);
    expect(splitSentences('Go. '.repeat(500_000))).toHaveLength(500_000);
  });
});
