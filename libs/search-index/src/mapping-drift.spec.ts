import { mappingDrift } from './mapping-drift';

describe('mappingDrift', () => {
  const wanted = {
    id: { type: 'keyword' },
    body: { type: 'text', analyzer: 'standard', index_options: 'offsets' },
    name_keys: { type: 'text', analyzer: 'whitespace', norms: false },
  } as const;

  it('finds nothing when the index maps every field as the template does, in any key order', () => {
    const existing = {
      id: { type: 'keyword' },
      body: { index_options: 'offsets', analyzer: 'standard', type: 'text' },
      name_keys: { norms: false, type: 'text', analyzer: 'whitespace' },
    } as const;
    expect(mappingDrift(existing, wanted)).toEqual({ missing: {}, changed: [] });
  });

  it('lists fields the index lacks with their template mapping, so they can be added in place', () => {
    expect(mappingDrift({ id: { type: 'keyword' }, body: wanted.body }, wanted)).toEqual({
      missing: { name_keys: wanted.name_keys },
      changed: [],
    });
  });

  it('names fields mapped differently, including a setting the template no longer has', () => {
    const existing = {
      id: { type: 'keyword' },
      body: { type: 'text', analyzer: 'standard', term_vector: 'with_positions_offsets' },
      name_keys: wanted.name_keys,
    } as const;
    expect(mappingDrift(existing, wanted)).toEqual({ missing: {}, changed: ['body'] });
  });

  it('ignores fields only the index has: a strict mapping keeps them harmlessly until a reindex', () => {
    expect(mappingDrift({ ...wanted, retired: { type: 'keyword' } }, wanted)).toEqual({ missing: {}, changed: [] });
  });
});
