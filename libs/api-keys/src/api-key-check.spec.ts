import { checkApiKey, foreignSources, presentedToken, type StoredApiKey } from './api-key-check';
import { ApiKeyScopesSchema } from './api-key-scope';
import { mintApiKey } from './api-key-token';

function stored(overrides: Partial<StoredApiKey> = {}) {
  const minted = mintApiKey();
  const key: StoredApiKey = {
    id: minted.id,
    source: 'reuters',
    scopes: ['publish'],
    secretHash: minted.secretHash,
    revokedAt: null,
    ...overrides,
  };
  return { token: minted.token, key };
}

describe('checkApiKey', () => {
  it('allows a live key with the scope and names its id and source', () => {
    const { token, key } = stored();
    expect(checkApiKey(token, key, 'publish')).toEqual({
      outcome: 'allowed',
      publisher: { keyId: key.id, source: 'reuters', scopes: key.scopes },
    });
  });

  it('refuses a missing, malformed, unknown, wrong-secret or revoked key as unauthenticated', () => {
    const { token, key } = stored();
    const other = stored();
    expect(checkApiKey(null, key, 'publish').outcome).toBe('unauthenticated');
    expect(checkApiKey('not-a-key', key, 'publish').outcome).toBe('unauthenticated');
    expect(checkApiKey(token, null, 'publish').outcome).toBe('unauthenticated');
    expect(checkApiKey(token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'), key, 'publish').outcome).toBe(
      'unauthenticated',
    );
    expect(checkApiKey(other.token, key, 'publish').outcome).toBe('unauthenticated');
    expect(checkApiKey(token, { ...key, revokedAt: new Date() }, 'publish').outcome).toBe('unauthenticated');
  });

  it('forbids a key without the scope; admin covers publish and read', () => {
    const { token, key } = stored({ scopes: ['read'] });
    expect(checkApiKey(token, key, 'publish')).toMatchObject({ outcome: 'forbidden', reason: /publish scope/ });
    expect(checkApiKey(token, key, 'read').outcome).toBe('allowed');
    expect(checkApiKey(token, { ...key, scopes: ['admin'] }, 'publish').outcome).toBe('allowed');
  });
});

describe('presentedToken', () => {
  it('takes a bearer token first, then X-Api-Key, else none', () => {
    expect(presentedToken('Bearer nf_abc', 'nf_other')).toBe('nf_abc');
    expect(presentedToken('Basic dXNlcjpwYXNz', ' nf_other ')).toBe('nf_other');
    expect(presentedToken(undefined, undefined)).toBeNull();
  });
});

describe('foreignSources', () => {
  it("lists each source other than the key's once", () => {
    const publisher = { keyId: 'k', source: 'reuters', scopes: ['publish' as const] };
    expect(foreignSources(publisher, ['reuters', 'ap', 'ap', 'afp'])).toEqual(['ap', 'afp']);
    expect(foreignSources(publisher, ['reuters'])).toEqual([]);
  });
});

describe('ApiKeyScopesSchema', () => {
  it('reads a comma list of known scopes and names an unknown one', () => {
    expect(ApiKeyScopesSchema.parse('publish, read,publish')).toEqual(['publish', 'read']);
    expect(ApiKeyScopesSchema.safeParse('publish,write').success).toBe(false);
  });
});
