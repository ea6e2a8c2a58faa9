import { type ClassifiedRevision, compareClassifiedRevisions } from '@newsflow/contracts';

type Revision = ClassifiedRevision & { id: string; version: number };

/** Of the articles sharing a key, the newest revision (the first of equal ones), in the order keys first appear. */
function newestBy<T extends Revision>(articles: T[], key: (article: T) => string): Map<string, T> {
  const newest = new Map<string, T>();
  for (const article of articles) {
    const kept = newest.get(key(article));
    if (!kept || compareClassifiedRevisions(article, kept) > 0) newest.set(key(article), article);
  }
  return newest;
}

/**
 * The newest revision of each article in a batch (by version, then classifier revision; the first
 * of equal ones): one multi-row upsert may touch a row only once, and the others would be stale anyway.
 */
export function latestRevisions<T extends Revision>(articles: T[]): Map<string, T> {
  return newestBy(articles, (article) => article.id);
}

/**
 * Each version in a batch once, at its newest classifier revision: the history keeps every version
 * received, and one multi-row upsert may touch an (id, version) row only once.
 */
export function everyVersion<T extends Revision>(articles: T[]): T[] {
  return [...newestBy(articles, (article) => `${article.id}\n${article.version}`).values()];
}
