import { Client } from '@elastic/elasticsearch';
import { createArticleDataSource } from '@newsflow/article-store';
import { planReindex, reindexArticles } from '@newsflow/operations';
import { Command } from 'commander';

import { storesFromEnv } from '../ops-settings';
import { progressBar } from '../progress-bar';

export function reindexCommand(): Command {
  return new Command('reindex')
    .description(
      'rebuild the search index from PostgreSQL into a new index version and swap the alias, without downtime',
    )
    .option('--batch-size <n>', 'articles per bulk request', (value) => positive(value), 1000)
    .option('--keep-old', 'keep the old index after the swap')
    .option('--dry-run', 'show the plan, write nothing')
    .action(async (flags: { batchSize: number; keepOld?: boolean; dryRun?: boolean }) => {
      const settings = storesFromEnv();
      const client = new Client({ node: settings.ELASTICSEARCH_URL, requestTimeout: 60_000 });
      const dataSource = await createArticleDataSource(settings.DATABASE_URL).initialize();
      try {
        const plan = await planReindex(client, dataSource, settings.ELASTICSEARCH_INDEX_PREFIX);
        process.stdout.write(
          `${plan.alias}: ${plan.from.join(', ') || '(none)'} → ${plan.to}, ${plan.articles} articles\n`,
        );
        if (flags.dryRun) {
          process.stdout.write('dry run: nothing written\n');
          return;
        }
        const result = await reindexArticles(client, dataSource, plan, {
          prefix: settings.ELASTICSEARCH_INDEX_PREFIX,
          batchSize: flags.batchSize,
          keepOld: flags.keepOld,
          progress: progressBar(),
        });
        process.stdout.write(
          `${plan.alias} now points at ${plan.to}: ${result.copied} articles copied in ${result.seconds.toFixed(1)} s ` +
            `(${(result.copied / result.seconds).toFixed(0)} articles/s)\n`,
        );
      } finally {
        await dataSource.destroy();
        await client.close();
      }
    });
}

function positive(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 10_000) throw new Error('--batch-size must be 1 to 10000');
  return number;
}
