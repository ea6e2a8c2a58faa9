/**
 * The newest revision of each article in a batch (the first of equal versions): one multi-row
 * upsert may touch a row only once, and the older revisions would be stale anyway.
 */
export function latestRevisions<T extends { id: string; version: number }>(articles: T[]): Map<string, T> {
  const latest = new Map<string, T>();
  for (const article of articles) {
    const kept = latest.get(article.id);
    if (!kept || article.version > kept.version) latest.set(article.id, article);
  }
  return latest;
}
