import { markedPieces } from './marked-text';

/** A pre-escaped highlight from search-api, rendered as text with <mark> around the matches only. */
export function MarkedText({ html }: { html: string }) {
  return <>{markedPieces(html).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}</>;
}
