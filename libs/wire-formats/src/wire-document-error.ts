import { ArticleRejectedError, type FieldError } from '@newsflow/contracts';

/** A document that can never become articles as it is: ingest answers 4xx with it, a consumer dead-letters it. */
export function refused(reason: string, errors: FieldError[] = []): ArticleRejectedError {
  return new ArticleRejectedError(reason, errors.length > 0 ? errors : [{ path: '$', message: reason }]);
}
