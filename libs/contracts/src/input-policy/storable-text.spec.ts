import fc from 'fast-check';

import { isStorableString } from '../testing/storable';
import { storableText, wellFormedText } from './storable-text';

/** Any UTF-16 code unit, so that lone surrogates and every control character are generated. */
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) });
const anyText = fc.oneof(anyCodeUnits, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

describe('storableText', () => {
  it('leaves no forbidden control character and no unpaired surrogate', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        expect(isStorableString(storableText(value))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent and never lengthens a string', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const stored = storableText(value);
        expect(storableText(stored)).toBe(stored);
        expect(stored.length).toBeLessThanOrEqual(value.length);
      }),
    );
  });

  it('keeps text that is already storable exactly as it is', () => {
    const clean = fc.string({ unit: 'grapheme' }).filter(isStorableString);
    fc.assert(fc.property(clean, (value) => expect(storableText(value)).toBe(value)));
  });

  it.each([
    ['NUL and other controls are dropped, tab, newline and CR kept', 'a\u0000b\u0007c\td\ne\rf\u001f', 'abc\td\ne\rf'],
    ['a lone high surrogate becomes U+FFFD', 'x\ud800y', 'x\ufffdy'],
    ['a lone low surrogate becomes U+FFFD', '\udc00y', '\ufffdy'],
    ['reversed halves are two lone surrogates', '\udc00\ud800', '\ufffd\ufffd'],
    ['a high surrogate at the very end', 'Київ\ud83d', 'Київ\ufffd'],
    ['a real pair (emoji) is kept', 'news 📰 today', 'news 📰 today'],
  ])('%s', (_case, input, expected) => {
    expect(storableText(input)).toBe(expected);
  });

  it('handles a two-million-unit run of lone surrogates in one pass', () => {
    const run = '\ud800'.repeat(2_000_000);
    expect(wellFormedText(run)).toBe('\ufffd'.repeat(2_000_000));
  });
});
