/** Bounds that keep every call linear and short, whatever arrives. Exceeding them is reported in `flags`, never silent. */
export const LIMITS = {
  /** Characters of HTML or text actually processed; the rest is cut and the result flagged 'truncated-input'. */
  maxInputChars: 2_000_000,
  /** Inputs beyond this are refused outright ('too-large'): even cutting them means holding them in memory. */
  maxAcceptedChars: 50_000_000,
  /** DOM depth walked; deeper subtrees are flattened to their text and the result flagged 'depth-capped'. */
  maxDepth: 128,
  /** Characters per paragraph sent to the n-gram detector: more adds time, not accuracy. */
  maxDetectChars: 400,
} as const;
