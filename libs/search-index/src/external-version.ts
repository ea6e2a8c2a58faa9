import { type ClassifiedRevision, CLASSIFIER_REVISION_RANGE, classifierRevision } from '@newsflow/contracts';

const REVISION_SLOTS = CLASSIFIER_REVISION_RANGE.max + 1;

/** The largest article version whose external version is still an exact integer in JavaScript. */
export const MAX_INDEXED_ARTICLE_VERSION = Math.floor(
  (Number.MAX_SAFE_INTEGER - CLASSIFIER_REVISION_RANGE.max) / REVISION_SLOTS,
);

/**
 * Elasticsearch's external version of a classified article, ordered as PostgreSQL orders rows: by
 * article version, then classifier revision (`version × 1000 + revision`). Versions are
 * log-append times in milliseconds, about 1.8 × 10^12 today; up to 9,007,199,254,739 (the year
 * 2255) the product stays below 2^53, exact in JavaScript and far below the 2^63 − 1 that
 * Elasticsearch accepts.
 */
export function externalVersion(article: ClassifiedRevision): number {
  if (article.version > MAX_INDEXED_ARTICLE_VERSION) {
    throw new RangeError(`article version ${article.version} is beyond ${MAX_INDEXED_ARTICLE_VERSION}`);
  }
  return article.version * REVISION_SLOTS + classifierRevision(article);
}
