import {
  type DeadLetterSelection,
  describeDeadLetter,
  parseTimeBound,
  readDeadLetterTopic,
  redriveDeadLetters,
  selectDeadLetters,
} from '@newsflow/operations';
import { Command } from 'commander';

import { kafkaFromEnv } from '../ops-settings';
import { progressBar } from '../progress-bar';

interface FilterFlags {
  stage?: string;
  reason?: string;
  since?: string;
  until?: string;
  address?: string[];
}

function selection(flags: FilterFlags): DeadLetterSelection {
  return {
    stage: flags.stage,
    reason: flags.reason,
    since: flags.since === undefined ? undefined : parseTimeBound(flags.since),
    until: flags.until === undefined ? undefined : parseTimeBound(flags.until),
    addresses: flags.address,
  };
}

function withFilters(command: Command): Command {
  return command
    .option('--stage <stage>', 'only dead letters of this stage (normalizer, classifier, indexer)')
    .option('--reason <text>', 'only dead letters whose reason contains this text (case-insensitive)')
    .option('--since <time>', 'failed at or after: ISO time or a duration back from now (10m, 2h, 7d)')
    .option('--until <time>', 'failed at or before: ISO time or a duration back from now')
    .option('--address <partition:offset...>', 'only these dead letters (addresses as `list` prints them)');
}

async function selected(flags: FilterFlags) {
  const filter = selection(flags);
  const contents = await readDeadLetterTopic(kafkaFromEnv(), progressBar());
  for (const { address, error } of contents.unreadable)
    process.stderr.write(`unreadable record ${address}: ${error}\n`);
  return selectDeadLetters(contents.letters, filter);
}

export function deadLettersCommand(): Command {
  const command = new Command('dead-letters').description(
    'inspect the dead-letter topic and redrive dead letters to the topic they failed on',
  );

  withFilters(command.command('list').description('list dead letters, oldest first'))
    .option('--json', 'one JSON object per line instead of a table')
    .action(async (flags: FilterFlags & { json?: boolean }) => {
      const letters = await selected(flags);
      for (const { address, letter } of letters) {
        const line = flags.json
          ? JSON.stringify({ address, ...letter, originalValueBase64: undefined })
          : [address, letter.failedAt, letter.stage, letter.topic, letter.key ?? '-', letter.reason].join('\t');
        process.stdout.write(`${line}\n`);
      }
      process.stderr.write(`${letters.length} dead letters\n`);
    });

  command
    .command('show')
    .description('show one dead letter with its original message decoded')
    .argument('<address>', 'partition:offset, as `list` prints it')
    .action(async (address: string) => {
      const [found] = await selected({ address: [address] });
      if (!found) throw new Error(`no dead letter at ${address}`);
      process.stdout.write(`${JSON.stringify(describeDeadLetter(found), null, 2)}\n`);
    });

  withFilters(
    command
      .command('redrive')
      .description('publish the selected dead letters to their original topic again, e.g. after a fix'),
  )
    .option('--dry-run', 'say what would be redriven, publish nothing')
    .action(async (flags: FilterFlags & { dryRun?: boolean }) => {
      const letters = await selected(flags);
      if (flags.dryRun) {
        for (const { address, letter } of letters)
          process.stdout.write(`would redrive ${address} to ${letter.topic}\n`);
        process.stdout.write(`dry run: ${letters.length} dead letters would be redriven\n`);
        return;
      }
      const result = await redriveDeadLetters(kafkaFromEnv(), letters, progressBar());
      process.stdout.write(`redriven ${result.redriven} dead letters: ${JSON.stringify(result.byTopic)}\n`);
    });

  return command;
}
