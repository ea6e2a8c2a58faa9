import { markedPieces } from './marked-text';

describe('markedPieces', () => {
  it('splits a highlight into text and marked matches, unescaping entities into plain text', () => {
    expect(markedPieces('про <mark>Токаєва</mark> &amp; ООН &lt;b&gt;')).toEqual([
      { text: 'про ', marked: false },
      { text: 'Токаєва', marked: true },
      { text: ' & ООН <b>', marked: false },
    ]);
  });

  it('keeps escaped markup from an article as text, never as tags', () => {
    const pieces = markedPieces('&lt;script&gt;alert(1)&lt;&#x2F;script&gt; <mark>x</mark>');
    expect(pieces[0]).toEqual({ text: '<script>alert(1)</script> ', marked: false });
    expect(pieces.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual(['x']);
  });
});
