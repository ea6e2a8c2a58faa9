import { z } from 'zod';

/**
 * The classifier's revision (CLASSIFIER_REVISION), bumped when its lexicons or rules change. At
 * most three decimal digits, so that Elasticsearch's external version can hold the article
 * version and the revision in one number (see search-index's external-version).
 */
export const CLASSIFIER_REVISION_RANGE = { min: 1, max: 999 } as const;

export const ClassifierRevisionSchema = z
  .number()
  .int()
  .min(CLASSIFIER_REVISION_RANGE.min)
  .max(CLASSIFIER_REVISION_RANGE.max);

/** What orders classified revisions of one article. */
export interface ClassifiedRevision {
  version: number;
  classification: { revision?: number };
}

/** Events written before revisions existed were classified at the first revision. */
export function classifierRevision(article: ClassifiedRevision): number {
  return article.classification.revision ?? CLASSIFIER_REVISION_RANGE.min;
}

/**
 * Orders two classified revisions of one article: the newer article version wins; of one
 * version, the later classifier revision (a re-classification) wins. Negative when `a` is older.
 */
export function compareClassifiedRevisions(a: ClassifiedRevision, b: ClassifiedRevision): number {
  return a.version - b.version || classifierRevision(a) - classifierRevision(b);
}
