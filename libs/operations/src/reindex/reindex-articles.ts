import type { Client } from '@elastic/elasticsearch';
import type { ClassifiedArticle } from '@newsflow/contracts';
import {
  articleAlias,
  articleIndexTemplate,
  externalVersion,
  reindexAlias,
  toSearchDocument,
  WRITE_TARGETS_TTL_MS,
} from '@newsflow/search-index';
import type { DataSource } from 'typeorm';

import { type Progress, quietProgress } from '../progress';

export interface ReindexPlan {
  alias: string;
  from: string[];
  to: string;
  articles: number;
}

export interface ReindexOptions {
  prefix: string;
  batchSize?: number;
  /** Keep the old index after the swap instead of deleting it. */
  keepOld?: boolean;
  progress?: Progress;
}

/** The next index version behind the search alias, e.g. newsflow-articles-v3 after v2. */
export async function planReindex(client: Client, dataSource: DataSource, prefix: string): Promise<ReindexPlan> {
  const alias = articleAlias(prefix);
  const current = Object.keys(await client.indices.getAlias({ name: alias }));
  const existing = Object.keys(await client.indices.get({ index: `${alias}-v*`, expand_wildcards: 'all' }));
  const version = Math.max(0, ...existing.map((index) => Number(/-v(\d+)$/.exec(index)?.[1] ?? 0)));
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM articles');
  return { alias, from: current, to: `${alias}-v${version + 1}`, articles: count };
}

/**
 * Rebuilds the search index from PostgreSQL into a new index version, then swaps the alias in one
 * atomic step. Search keeps reading the old index until the swap, so it never fails or misses an
 * article; writers send every article to the new index too while it fills (the reindex alias), so
 * nothing written during the copy is lost; external versions keep the newest revision either way.
 */
export async function reindexArticles(
  client: Client,
  dataSource: DataSource,
  plan: ReindexPlan,
  options: ReindexOptions,
): Promise<{ copied: number; seconds: number }> {
  const progress = options.progress ?? quietProgress;
  const batchSize = options.batchSize ?? 1_000;
  const started = Date.now();
  // The new index takes the mapping of this code's template.
  await client.indices.putIndexTemplate(articleIndexTemplate(options.prefix));
  await client.indices.create({ index: plan.to, aliases: { [reindexAlias(options.prefix)]: {} } });
  await client.cluster.health({ index: plan.to, wait_for_status: 'yellow', timeout: '30s' });
  // Every writer has seen the new target once its cached list of targets has expired.
  await new Promise((resolve) => setTimeout(resolve, WRITE_TARGETS_TTL_MS * 3));

  progress.start(plan.articles, `copying into ${plan.to}`);
  let copied = 0;
  try {
    let after = '';
    for (;;) {
      const rows: { id: string; document: ClassifiedArticle }[] = await dataSource.query(
        'SELECT id, document FROM articles WHERE id > $1 ORDER BY id LIMIT $2',
        [after, batchSize],
      );
      if (rows.length === 0) break;
      await bulkCopy(
        client,
        plan.to,
        rows.map((row) => row.document),
      );
      copied += rows.length;
      progress.advance(rows.length);
      after = rows[rows.length - 1].id;
    }
  } finally {
    progress.finish();
  }
  await client.indices.refresh({ index: plan.to });
  await client.indices.updateAliases({
    actions: [
      ...plan.from.map((index) => ({ remove: { index, alias: plan.alias } })),
      { add: { index: plan.to, alias: plan.alias, is_write_index: true } },
      { remove: { index: plan.to, alias: reindexAlias(options.prefix) } },
    ],
  });
  if (!options.keepOld && plan.from.length > 0) {
    // Searches that started before the swap finish on the old index first.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await client.indices.delete({ index: plan.from });
  }
  return { copied, seconds: (Date.now() - started) / 1000 };
}

async function bulkCopy(client: Client, index: string, articles: ClassifiedArticle[]): Promise<void> {
  const response = await client.bulk({
    operations: articles.flatMap((article) => [
      {
        index: { _index: index, _id: article.id, version: externalVersion(article), version_type: 'external' as const },
      },
      toSearchDocument(article),
    ]),
  });
  // 409: a writer already put this or a newer revision into the new index.
  const failed = response.items.find((item) => item.index?.error && item.index.status !== 409)?.index;
  if (failed?.error)
    throw new Error(`copying article ${failed._id} failed: ${failed.error.type}: ${failed.error.reason}`);
}
