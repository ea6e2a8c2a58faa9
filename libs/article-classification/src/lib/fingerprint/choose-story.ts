import { StoryFingerprint } from '../types';

/**
 * Estimated Jaccard at which two bodies are one story. A wire copy with new boilerplate, an edited headline
 * (not fingerprinted) and one of four paragraphs rewritten keeps ≈ 0.4–0.8 of its shingles; distinct stories on
 * one topic stay below 0.05 (labelled set: 0.43 lowest copy, 0.008 highest non-copy).
 */
export const SAME_STORY_THRESHOLD = 0.3;

export function storySimilarity(a: StoryFingerprint, b: StoryFingerprint): number {
  if (a.minhash.length === 0 || a.minhash.length !== b.minhash.length) return 0;
  let equal = 0;
  for (let i = 0; i < a.minhash.length; i += 1) if (a.minhash[i] === b.minhash[i]) equal += 1;
  return equal / a.minhash.length;
}

/** The most similar candidate above the threshold; ties go to the smaller id so replays decide the same way. */
export function chooseStory(
  fingerprint: StoryFingerprint,
  candidates: { storyId: string; fingerprint: StoryFingerprint }[],
): { storyId: string; similarity: number } | null {
  let best: { storyId: string; similarity: number } | null = null;
  for (const candidate of candidates) {
    const similarity = storySimilarity(fingerprint, candidate.fingerprint);
    if (similarity < SAME_STORY_THRESHOLD) continue;
    if (!best || similarity > best.similarity || (similarity === best.similarity && candidate.storyId < best.storyId)) {
      best = { storyId: candidate.storyId, similarity };
    }
  }
  return best;
}
