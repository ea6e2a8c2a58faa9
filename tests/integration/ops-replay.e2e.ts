import { Topics } from '@newsflow/contracts';
import { eventually, type StackOptions, startExtraApp } from '@newsflow/test-harness';
import { Kafka, logLevel } from 'kafkajs';

import { KafkaProbe } from './support/kafka-probe';
import { postArticle } from './support/newsflow-client';
import { ops, opsOk } from './support/ops-cli';
import { stack } from './support/stack-env';
import { storedRevisions } from './support/storage-probe';

const SLOT = Number(process.env['NEWSFLOW_TEST_SLOT'] ?? '0');
const REPLAY_CLASSIFIER_PORT = 3100 + SLOT * 20 + 16;
const options = (): StackOptions => JSON.parse(process.env['NEWSFLOW_TEST_STACK_OPTIONS'] ?? '{}');

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

describe('ops replay re-classifies: a classifier at a higher revision on the replay group', () => {
  const kafka = new Kafka({
    clientId: 'newsflow-e2e-reclassify',
    brokers: stack.kafkaBrokers,
    logLevel: logLevel.ERROR,
  });
  const admin = kafka.admin();
  const run = `reclassify${Date.now()}`;
  const group = `newsflow-classifier-${run}`;
  let classifier: { url: string; stop(): Promise<void> } | null = null;

  beforeAll(() => admin.connect());

  afterAll(async () => {
    await classifier?.stop();
    await admin.deleteGroups([group]).catch(() => undefined);
    await admin.disconnect();
  });

  it('overwrites each article once with revision 2, in PostgreSQL and Elasticsearch alike', async () => {
    const from = new Date().toISOString();
    const ids: string[] = [];
    for (let n = 0; n < 3; n += 1) {
      ids.push(
        await postArticle({
          source: 'e2e-reclassify',
          guid: `${run}-${n}`,
          title: `Harbour report ${run} ${n}`,
          text: `Ferries in Odesa ran late on ${run}, report ${n}, after a storm on the Black Sea.`,
        }),
      );
    }
    const atRevision = (revision: number) => async () => {
      const stored = await storedRevisions(ids);
      const expected = ids.map((id) => ({ id, revision })).sort((a, b) => a.id.localeCompare(b.id));
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect(stored.rows.sort(byId)).toEqual(expected);
      expect(stored.documents.sort(byId)).toEqual(expected);
    };
    await eventually(atRevision(1), 60_000);

    expect(await opsOk('replay', '--topic', Topics.normalisedArticle, '--from', from, '--group', group)).toContain(
      `${group} positioned`,
    );
    classifier = await startExtraApp('classifier', options(), {
      port: REPLAY_CLASSIFIER_PORT,
      logName: 'classifier-reclassify',
      env: { KAFKA_CONSUMER_GROUP: group, CLASSIFIER_REVISION: '2' },
    });
    await eventually(atRevision(2), 90_000);

    // The replay group has read the topic to its end; redelivered or not, nothing moved off revision 2.
    const ends = await admin.fetchTopicOffsets(Topics.normalisedArticle);
    await eventually(async () => {
      const [now] = await admin.fetchOffsets({ groupId: group, topics: [Topics.normalisedArticle] });
      for (const partition of now.partitions) {
        expect(partition.offset).toBe(ends.find((end) => end.partition === partition.partition)?.high);
      }
    }, 30_000);
    await atRevision(2)();
  }, 240_000);
});
