import '../support/stack-env';

import { Client } from '@elastic/elasticsearch';
import { articleAlias, articleIndexTemplate, provisionArticleIndex } from '@newsflow/search-index';

import { stack } from '../support/stack-env';

/** An index of its own, made the way an older version of the code made it. */
const INDEX_PREFIX = `${stack.indexPrefix}-provisioner`;

describe('provisionArticleIndex on an index made by an older version', () => {
  const client = new Client({ node: stack.elasticsearchUrl });
  const alias = articleAlias(INDEX_PREFIX);
  const index = `${INDEX_PREFIX}-articles-v1`;

  beforeAll(async () => {
    const indices = await client.cat.indices({ index: `${INDEX_PREFIX}-*`, format: 'json' });
    for (const { index: old } of indices) if (old) await client.indices.delete({ index: old });
    await client.indices.deleteIndexTemplate({ name: `${INDEX_PREFIX}-articles` }, { ignore: [404] });
    const current = articleIndexTemplate(INDEX_PREFIX).template?.mappings?.properties ?? {};
    const { name_keys: _addedLater, ...older } = current;
    await client.indices.create({
      index,
      aliases: { [alias]: { is_write_index: true } },
      mappings: {
        dynamic: 'strict',
        properties: { ...older, body: { type: 'text', analyzer: 'standard', term_vector: 'with_positions_offsets' } },
      },
    });
  });

  afterAll(async () => {
    await client.indices.delete({ index }, { ignore: [404] });
    await client.close();
  });

  it('adds the fields the index lacks and reports, without failing, a field only a reindex can change', async () => {
    await expect(provisionArticleIndex(client, INDEX_PREFIX)).resolves.toEqual({ outdatedFields: ['body'] });

    const mapping = await client.indices.getMapping({ index });
    const properties = mapping[index].mappings.properties ?? {};
    expect(properties['name_keys']).toEqual(
      articleIndexTemplate(INDEX_PREFIX).template?.mappings?.properties?.['name_keys'],
    );
    expect(properties['body']).toMatchObject({ term_vector: 'with_positions_offsets' });
  });

  it('reports nothing for an index made from this version of the template', async () => {
    await client.indices.delete({ index });
    await expect(provisionArticleIndex(client, INDEX_PREFIX)).resolves.toEqual({ outdatedFields: [] });
    const mapping = await client.indices.getMapping({ index });
    expect(mapping[index].mappings.properties?.['body']).toMatchObject({ index_options: 'offsets' });
  });
});
