import { Token, tokenize } from '../text/tokenize';
import { StoryFingerprint } from '../types';
import { fnv1a, mix32 } from './hash';

/** 4-word shingles: long enough that two different stories on one topic share almost none. */
export const SHINGLE_WORDS = 4;
/** 64 values estimate Jaccard within ±0.06 at the threshold, far inside the gap between copies and other stories. */
export const NUM_HASHES = 64;
/**
 * 32 bands of 2 rows: a pair at the same-story threshold (Jaccard 0.3) shares a band key with probability 0.95,
 * at 0.45 with 0.9998, while unrelated stories (< 0.05) become candidates < 8% of the time.
 */
export const BANDS = 32;
export const ROWS_PER_BAND = 2;
/** Below this many shingles a text is too short to call anything a copy of it. */
export const MIN_SHINGLES = 8;

// Typed arrays keep the 32-bit values unboxed in the inner loop, which runs NUM_HASHES times per shingle.
const SEEDS = Uint32Array.from({ length: NUM_HASHES }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9)));
// Odd multipliers make each hash function a permutation of the 32-bit space; the seeds decorrelate them.
const MULTIPLIERS = Uint32Array.from({ length: NUM_HASHES }, (_, i) => (mix32(Math.imul(i + 1, 0x85ebca6b)) | 1) >>> 0);

export const EMPTY_FINGERPRINT: StoryFingerprint = { minhash: [], bandKeys: [] };

/** Hashes of every run of SHINGLE_WORDS consecutive words, built from per-word hashes without joining strings. */
export function shingleHashes(words: Token[]): Set<number> {
  const wordHashes = words.map((t) => fnv1a(t.norm));
  const hashes = new Set<number>();
  // Exported constants compile to property reads; hot loops read a local.
  const span = SHINGLE_WORDS;
  for (let i = 0; i + span <= wordHashes.length; i += 1) {
    let h = wordHashes[i];
    for (let k = 1; k < span; k += 1) h = Math.imul(h ^ wordHashes[i + k], 0x01000193) + k;
    hashes.add(mix32(h));
  }
  return hashes;
}

/** The fingerprint of a body, from its tokens (the caller's, so the text is tokenised once) or from raw text. */
export function fingerprint(body: Token[] | string): StoryFingerprint {
  const shingles = shingleHashes(typeof body === 'string' ? tokenize(body) : body);
  if (shingles.size < MIN_SHINGLES) return EMPTY_FINGERPRINT;
  // One hash function at a time over a typed array of shingles keeps its seed, multiplier and minimum in registers.
  // Copied by hand: Uint32Array.from takes a slow path for a Set.
  const values = new Uint32Array(shingles.size);
  let at = 0;
  for (const shingle of shingles) values[at++] = shingle;
  const minhash: number[] = [];
  for (let i = 0; i < NUM_HASHES; i += 1) {
    const seed = SEEDS[i];
    const multiplier = MULTIPLIERS[i];
    let lowest = 0xffffffff;
    for (let s = 0; s < values.length; s += 1) {
      let h = Math.imul(values[s] ^ seed, multiplier);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < lowest) lowest = h;
    }
    minhash.push(lowest);
  }
  return { minhash, bandKeys: bandKeys(minhash) };
}

/** Keys for the candidate lookup: a stored story is a candidate when it shares at least one key. */
function bandKeys(minhash: number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b += 1) {
    const rows = minhash.slice(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND).join('.');
    keys.push(`${b.toString().padStart(2, '0')}:${fnv1a(rows).toString(16).padStart(8, '0')}`);
  }
  return keys;
}
