import type { ApiKeyRepository } from '@newsflow/api-keys';

/** Takes effect on the key's next request: ingest reads the key's row on every request. */
export async function revokeApiKey(keys: ApiKeyRepository, id: string): Promise<void> {
  if (!(await keys.revoke(id))) throw new Error(`no API key ${id}`);
}
