import { ArticleRejectedError, type FieldError, type NormalisedArticle } from '@newsflow/contracts';

import { normalise, type NormaliseCommand } from './normalise';

/** What crosses back from a worker thread: error classes do not survive the thread boundary, so rejections are data. */
export type TextWorkAnswer = { article: NormalisedArticle } | { rejected: string; errors: FieldError[] };

/** The worker thread's task: one article's text work, which the stage may abandon when it runs over budget. */
export default function normaliseInWorker(command: NormaliseCommand): TextWorkAnswer {
  try {
    return { article: normalise(command) };
  } catch (error) {
    if (error instanceof ArticleRejectedError) return { rejected: error.reason, errors: error.errors };
    throw error;
  }
}
