import type { FieldError } from '../field-errors';

/**
 * A stage throws this when an article can never be processed as it is (unusable text, a payload
 * that breaks a contract). It goes to the dead-letter topic at once instead of being retried.
 */
export class ArticleRejectedError extends Error {
  constructor(
    readonly reason: string,
    readonly errors: FieldError[] = [],
  ) {
    super(reason);
    this.name = 'ArticleRejectedError';
  }
}
