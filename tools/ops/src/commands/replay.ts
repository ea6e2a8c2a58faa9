import { applyReplay, parseTimeBound, planReplay } from '@newsflow/operations';
import { Command } from 'commander';

import { kafkaFromEnv } from '../ops-settings';

export function replayCommand(): Command {
  return new Command('replay')
    .description(
      'position a fresh consumer group at a moment of a topic; a stage run with that group reads everything from there',
    )
    .requiredOption('--topic <topic>', 'the topic to replay, e.g. news.article.normalised.v2')
    .requiredOption('--from <time>', 'ISO time or a duration back from now (10m, 2h, 7d)')
    .requiredOption('--group <group>', 'a consumer group that has no offsets on the topic yet')
    .option('--dry-run', 'show the offsets, commit nothing')
    .action(async (flags: { topic: string; from: string; group: string; dryRun?: boolean }) => {
      const kafka = kafkaFromEnv();
      const plan = await planReplay(kafka, flags.topic, parseTimeBound(flags.from), flags.group);
      for (const p of plan.partitions) {
        process.stdout.write(
          `partition ${p.partition}: from offset ${p.offset} to ${p.end} (${p.messages} messages)\n`,
        );
      }
      const total = plan.partitions.reduce((sum, p) => sum + p.messages, 0);
      if (flags.dryRun) {
        process.stdout.write(
          `dry run: ${plan.group} would replay ${total} messages of ${plan.topic} since ${plan.from}\n`,
        );
        return;
      }
      await applyReplay(kafka, plan);
      process.stdout.write(
        `${plan.group} positioned: ${total} messages of ${plan.topic} since ${plan.from} to replay\n`,
      );
    });
}
