import { ApiKeyRepository, ApiKeyScopesSchema } from '@newsflow/api-keys';
import { createArticleDataSource } from '@newsflow/article-store';
import { DatabaseSettings, loadConfig } from '@newsflow/config';
import { createApiKey, revokeApiKey } from '@newsflow/operations';
import { Command } from 'commander';
import type { DataSource } from 'typeorm';

async function withKeys<T>(work: (keys: ApiKeyRepository) => Promise<T>): Promise<T> {
  const settings = loadConfig(DatabaseSettings);
  const dataSource: DataSource = await createArticleDataSource(settings.DATABASE_URL).initialize();
  try {
    return await work(new ApiKeyRepository(dataSource));
  } finally {
    await dataSource.destroy();
  }
}

export function keysCommand(): Command {
  const keys = new Command('keys').description('API keys: who may publish to ingest and read from search-api');
  keys
    .command('create')
    .description('create a key for a source; the key is printed once and only its hash is stored')
    .requiredOption('--source <source>', 'the source the key publishes as')
    .option('--scopes <scopes>', 'comma list of publish, read, admin', 'publish')
    .action(async (flags: { source: string; scopes: string }) => {
      const scopes = ApiKeyScopesSchema.safeParse(flags.scopes);
      if (!scopes.success) throw new Error(`--scopes must list publish, read or admin, not "${flags.scopes}"`);
      const source = flags.source.trim();
      if (!source || source.length > 200) throw new Error('--source must be 1 to 200 characters');
      const created = await withKeys((repository) => createApiKey(repository, { source, scopes: scopes.data }));
      process.stdout.write(
        `id ${created.id} source ${source} scopes ${scopes.data.join(',')}\n` +
          `key ${created.token}\n(shown once: store it now)\n`,
      );
    });
  keys
    .command('list')
    .description('list keys (never their secrets)')
    .action(async () => {
      const listed = await withKeys((repository) => repository.list());
      for (const key of listed) {
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
        process.stdout.write(
          `${key.id}\t${key.source}\t${key.scopes.join(',')}\tcreated ${key.createdAt.toISOString()}\t${state}\n`,
        );
      }
      if (listed.length === 0) process.stdout.write('no API keys\n');
    });
  keys
    .command('revoke <id>')
    .description('revoke a key; its next request is refused with 401')
    .action(async (id: string) => {
      await withKeys((repository) => revokeApiKey(repository, id));
      process.stdout.write(`revoked ${id}\n`);
    });
  return keys;
}
