/**
 * Elasticsearch returns highlights HTML-escaped with <mark> around matches. Rather than inserting
 * that HTML into the page, it is split into plain-text pieces and marked pieces; React then
 * renders every piece as text, so nothing else in an article can ever become markup.
 */
export interface TextPiece {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&#x2F;': '/',
  '&#47;': '/',
};

const unescape = (html: string) => html.replace(/&(amp|lt|gt|quot|#x27|#39|#x2F|#47);/g, (entity) => ENTITIES[entity]);

export function markedPieces(escapedHtml: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const [i, part] of escapedHtml.split(/<\/?mark>/).entries()) {
    if (part) pieces.push({ text: unescape(part), marked: i % 2 === 1 });
  }
  return pieces;
}
