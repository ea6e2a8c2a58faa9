import { type ApiKeyScope, scopeGranted } from './api-key-scope';
import { readApiKeyToken, secretMatches } from './api-key-token';

export interface StoredApiKey {
  id: string;
  source: string;
  scopes: ApiKeyScope[];
  secretHash: Buffer;
  revokedAt: Date | null;
}

/** Who sent a request, as far as the pipeline is concerned: the key's id and the source it speaks for. */
export interface Publisher {
  keyId: string;
  source: string;
  scopes: readonly ApiKeyScope[];
}

export type KeyCheck =
  | { outcome: 'allowed'; publisher: Publisher }
  | { outcome: 'unauthenticated'; reason: string }
  | { outcome: 'forbidden'; reason: string };

/** The token the request carries: `Authorization: Bearer <key>` or `X-Api-Key: <key>`. */
export function presentedToken(authorization?: string, apiKeyHeader?: string): string | null {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (bearer) return bearer[1];
  return apiKeyHeader?.trim() || null;
}

/**
 * Decides on a presented token once its row (found by the token's id) is at hand. An unknown id, a
 * wrong secret and a revoked key read alike to the sender, so the answer tells an attacker nothing.
 */
export function checkApiKey(token: string | null, stored: StoredApiKey | null, needed: ApiKeyScope): KeyCheck {
  if (!token) return { outcome: 'unauthenticated', reason: 'an API key is required (Authorization: Bearer <key>)' };
  const parts = readApiKeyToken(token);
  if (
    !parts ||
    !stored ||
    stored.id !== parts.id ||
    stored.revokedAt ||
    !secretMatches(parts.secret, stored.secretHash)
  )
    return { outcome: 'unauthenticated', reason: 'the API key is unknown or revoked' };
  if (!scopeGranted(stored.scopes, needed))
    return { outcome: 'forbidden', reason: `the API key ${stored.id} lacks the ${needed} scope` };
  return { outcome: 'allowed', publisher: { keyId: stored.id, source: stored.source, scopes: stored.scopes } };
}

/** The sources, in order of first appearance, that a key may not publish as. */
export function foreignSources(publisher: Publisher, sources: Iterable<string>): string[] {
  return [...new Set([...sources].filter((source) => source !== publisher.source))];
}
