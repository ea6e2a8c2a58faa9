import { Topics } from '@newsflow/contracts';
import { Kafka, logLevel } from 'kafkajs';

import { KafkaProbe } from './support/kafka-probe';
import { ops, opsOk } from './support/ops-cli';
import { stack } from './support/stack-env';

describe('ops replay: a fresh consumer group reads a topic from a moment on', () => {
  const probe = new KafkaProbe();
  const kafka = new Kafka({ clientId: 'newsflow-e2e-replay', brokers: stack.kafkaBrokers, logLevel: logLevel.ERROR });
  const admin = kafka.admin();
  const run = `replay${Date.now()}`;
  const group = `newsflow-replay-${run}`;

  beforeAll(async () => {
    await Promise.all([probe.connect(), admin.connect()]);
  });

  afterAll(async () => {
    await admin.deleteGroups([group]).catch(() => undefined);
    await Promise.all([probe.disconnect(), admin.disconnect()]);
  });

  it('positions the group at the first message after the moment, and refuses a group that has offsets', async () => {
    const submission = (n: number) =>
      JSON.stringify({ source: 'e2e-replay', guid: `${run}-${n}`, text: `Replay ${n}.` });
    await probe.publish(Topics.rawArticle, { key: `${run}-before`, value: submission(0) });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const from = new Date().toISOString();
    const after = [];
    for (let n = 1; n <= 4; n += 1)
      after.push(await probe.publish(Topics.rawArticle, { key: `${run}-${n}`, value: submission(n) }));

    const dryRun = await opsOk('replay', '--topic', Topics.rawArticle, '--from', from, '--group', group, '--dry-run');
    expect(dryRun).toContain(`dry run: ${group} would replay 4 messages`);
    const [untouched] = await admin.fetchOffsets({ groupId: group, topics: [Topics.rawArticle] });
    expect(untouched.partitions.every((p) => p.offset === '-1')).toBe(true);

    expect(await opsOk('replay', '--topic', Topics.rawArticle, '--from', from, '--group', group)).toContain(
      `${group} positioned: 4 messages`,
    );
    const [positioned] = await admin.fetchOffsets({ groupId: group, topics: [Topics.rawArticle] });
    for (const partition of positioned.partitions) {
      const first = after.filter((m) => m.partition === partition.partition).map((m) => BigInt(m.offset));
      const ends = await admin.fetchTopicOffsets(Topics.rawArticle);
      const expected = first.length
        ? first.reduce((a, b) => (a < b ? a : b))
        : BigInt(ends.find((e) => e.partition === partition.partition)!.high);
      expect(BigInt(partition.offset)).toBe(expected);
    }

    const again = await ops('replay', '--topic', Topics.rawArticle, '--from', from, '--group', group);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('a replay needs a fresh group');
  });
});
