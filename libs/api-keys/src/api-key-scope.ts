import { z } from 'zod';

export const API_KEY_SCOPES = ['publish', 'read', 'admin'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** An admin key may also do what publish and read keys do. */
export function scopeGranted(granted: readonly ApiKeyScope[], needed: ApiKeyScope): boolean {
  return granted.includes(needed) || granted.includes('admin');
}

export const ApiKeyScopesSchema = z
  .string()
  .transform((list) => list.split(',').map((scope) => scope.trim()))
  .pipe(z.array(z.enum(API_KEY_SCOPES)).min(1))
  .transform((scopes) => [...new Set(scopes)]);
