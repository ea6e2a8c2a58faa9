/** Bounds that keep every call linear and short, whatever arrives. Exceeding them is reported in `flags`, never silent. */
export const LIMITS = {
  /** Characters of HTML or text actually processed; the rest is cut and the result flagged 'truncated-input'. */
  maxInputChars: 2_000_000,
  /** Inputs beyond this are refused outright ('too-large'): even cutting them means holding them in memory. */
  maxAcceptedChars: 50_000_000,
  /** DOM depth walked; deeper subtrees are flattened to their text and the result flagged 'depth-capped'. */
  maxDepth: 128,
  /** HTML elements parsed; parsing stops after them and the result is flagged 'truncated-input'. */
  maxElements: 100_000,
  /** Elements open at once (unclosed nesting) before parsing stops, flagged 'truncated-input'. */
  maxOpenElements: 512,
  /** Longest token handed to a stemmer; longer ones are kept as they are. */
  maxStemmedTokenChars: 64,
  /** Characters of a search query analysed; the search API accepts far fewer. */
  maxQueryChars: 2000,
  /** Characters per paragraph sent to the n-gram detector: more adds time, not accuracy. */
  maxDetectChars: 400,
} as const;
