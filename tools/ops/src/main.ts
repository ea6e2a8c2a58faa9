import { Command } from 'commander';

import { deadLettersCommand } from './commands/dead-letters';
import { keysCommand } from './commands/keys';
import { reindexCommand } from './commands/reindex';
import { replayCommand } from './commands/replay';

/**
 * The ops CLI: npx nx run ops:cli -- <command> --help. Settings come from the environment, the
 * same variables the apps read (KAFKA_BROKERS, DATABASE_URL, ELASTICSEARCH_URL, ELASTICSEARCH_INDEX_PREFIX).
 */
const program = new Command('ops')
  .description('newsflow operations: dead letters, redrive, replay, reindex, API keys')
  .addCommand(deadLettersCommand())
  .addCommand(replayCommand())
  .addCommand(reindexCommand())
  .addCommand(keysCommand())
  .showHelpAfterError();

program.parseAsync(process.argv).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`ops: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
