import { chooseStory, StoryFingerprint } from '@newsflow/article-classification';

/**
 * An in-memory stand-in for the story repository: band keys index stored fingerprints, candidates are the
 * articles sharing a key, and chooseStory decides. Articles arrive in the given order, as they would from the indexer.
 */
export function clusterStories(items: { id: string; fingerprint: StoryFingerprint }[]): Map<string, string> {
  const byBandKey = new Map<string, { storyId: string; fingerprint: StoryFingerprint }[]>();
  const storyOf = new Map<string, string>();
  for (const { id, fingerprint } of items) {
    const candidates = [...new Set(fingerprint.bandKeys.flatMap((key) => byBandKey.get(key) ?? []))];
    const storyId = chooseStory(fingerprint, candidates)?.storyId ?? `story:${id}`;
    storyOf.set(id, storyId);
    for (const key of fingerprint.bandKeys)
      byBandKey.set(key, [...(byBandKey.get(key) ?? []), { storyId, fingerprint }]);
  }
  return storyOf;
}
