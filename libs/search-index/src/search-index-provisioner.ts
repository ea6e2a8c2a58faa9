import type { Client } from '@elastic/elasticsearch';

import { articleIndexTemplate } from './article-index-template';
import { articleAlias, articleIndexName } from './search-index-options';

/**
 * Installs the index template and, on first start, the versioned index behind the alias. Safe to
 * run from every process at every start.
 */
export async function provisionArticleIndex(client: Client, prefix: string): Promise<void> {
  const template = articleIndexTemplate(prefix);
  await client.indices.putIndexTemplate(template);
  const alias = articleAlias(prefix);
  if (await client.indices.existsAlias({ name: alias })) {
    // The template only shapes new indices; fields added since the index was made (the mapping is strict) are added
    // to it here. Elasticsearch accepts only additions, so a changed field type still fails loudly at start-up.
    await client.indices.putMapping({ index: alias, ...template.template?.mappings });
    return;
  }
  try {
    await client.indices.create({ index: articleIndexName(prefix), aliases: { [alias]: { is_write_index: true } } });
  } catch (error) {
    if (!/resource_already_exists_exception/.test(String((error as Error).message))) throw error;
  }
  await client.cluster.health({ index: alias, wait_for_status: 'yellow', timeout: '30s' });
}
