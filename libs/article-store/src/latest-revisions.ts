import { type ClassifiedRevision, compareClassifiedRevisions } from '@newsflow/contracts';

/**
 * The newest revision of each article in a batch (by version, then classifier revision; the first
 * of equal ones): one multi-row upsert may touch a row only once, and the others would be stale anyway.
 */
export function latestRevisions<T extends ClassifiedRevision & { id: string }>(articles: T[]): Map<string, T> {
  const latest = new Map<string, T>();
  for (const article of articles) {
    const kept = latest.get(article.id);
    if (!kept || compareClassifiedRevisions(article, kept) > 0) latest.set(article.id, article);
  }
  return latest;
}
