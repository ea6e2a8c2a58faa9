import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A key as the sender holds it: `nf_<id>_<secret>`. The id is public (lists, logs, provenance) and
 * finds the key's row in one indexed lookup; the secret is 32 random bytes, shown once and stored
 * only as its SHA-256. A fast hash is right here: slow hashes (bcrypt, argon2) exist to make
 * guessing low-entropy passwords expensive, but 256 random bits cannot be guessed at any speed, and
 * a fast hash keeps every request's check in microseconds.
 */
const TOKEN = /^nf_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface MintedApiKey {
  id: string;
  /** The whole token, given to the sender once. */
  token: string;
  secretHash: Buffer;
}

export function mintApiKey(): MintedApiKey {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { id, token: `nf_${id}_${secret}`, secretHash: hashSecret(secret) };
}

export function readApiKeyToken(token: string): { id: string; secret: string } | null {
  const match = TOKEN.exec(token);
  return match ? { id: match[1], secret: match[2] } : null;
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

export function secretMatches(secret: string, storedHash: Buffer): boolean {
  const presented = hashSecret(secret);
  return presented.length === storedHash.length && timingSafeEqual(presented, storedHash);
}
