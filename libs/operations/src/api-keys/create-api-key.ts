import { type ApiKeyRepository, type ApiKeyScope, mintApiKey } from '@newsflow/api-keys';

export interface CreateApiKeyCommand {
  source: string;
  scopes: ApiKeyScope[];
}

/** Mints a key for a source; the token is returned once and only its hash is kept. */
export async function createApiKey(
  keys: ApiKeyRepository,
  { source, scopes }: CreateApiKeyCommand,
): Promise<{ id: string; token: string }> {
  const minted = mintApiKey();
  await keys.insert({ id: minted.id, source, scopes, secretHash: minted.secretHash });
  return { id: minted.id, token: minted.token };
}
