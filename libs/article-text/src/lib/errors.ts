/**
 * Outcomes that cannot give an article. The normalizer sends these to the dead-letter topic with `code` as the reason,
 * so codes are stable strings, never free text.
 */
export type ArticleTextErrorCode = 'empty' | 'no-article-text' | 'binary' | 'too-large' | 'invalid-input';

export class ArticleTextError extends Error {
  override readonly name = 'ArticleTextError';

  constructor(
    readonly code: ArticleTextErrorCode,
    message: string,
  ) {
    super(message);
  }
}
