import type { Client } from '@elastic/elasticsearch';

import { articleIndexTemplate } from './article-index-template';
import { mappingDrift } from './mapping-drift';
import { articleAlias, articleIndexName } from './search-index-options';

export interface ProvisionedIndex {
  /** Fields the live index maps differently from this code's template: `ops reindex` adopts them. */
  outdatedFields: string[];
}

/**
 * Installs the index template and, on first start, the versioned index behind the alias. Safe to
 * run from every process at every start.
 */
export async function provisionArticleIndex(client: Client, prefix: string): Promise<ProvisionedIndex> {
  const template = articleIndexTemplate(prefix);
  await client.indices.putIndexTemplate(template);
  const alias = articleAlias(prefix);
  if (await client.indices.existsAlias({ name: alias })) return adoptNewFields(client, alias, template);
  try {
    await client.indices.create({ index: articleIndexName(prefix), aliases: { [alias]: { is_write_index: true } } });
  } catch (error) {
    if (!/resource_already_exists_exception/.test(String((error as Error).message))) throw error;
  }
  await client.cluster.health({ index: alias, wait_for_status: 'yellow', timeout: '30s' });
  return { outdatedFields: [] };
}

/**
 * The template only shapes new indices. Fields added since the index was made (the mapping is strict) are added to
 * it in place; a field whose mapping changed cannot be, so the index keeps serving as it is and the change is reported
 * instead of stopping every process at start-up.
 */
async function adoptNewFields(
  client: Client,
  alias: string,
  template: ReturnType<typeof articleIndexTemplate>,
): Promise<ProvisionedIndex> {
  const wanted = template.template?.mappings?.properties ?? {};
  const indices = await client.indices.getMapping({ index: alias });
  const outdated = new Set<string>();
  for (const [index, { mappings }] of Object.entries(indices)) {
    const drift = mappingDrift(mappings.properties ?? {}, wanted);
    if (Object.keys(drift.missing).length > 0) await client.indices.putMapping({ index, properties: drift.missing });
    drift.changed.forEach((field) => outdated.add(field));
  }
  return { outdatedFields: [...outdated].sort() };
}
