import { DeadLetterSchema, Topics } from '@newsflow/contracts';
import { eventually } from '@newsflow/test-harness';

import { json, KafkaProbe } from './support/kafka-probe';
import { search } from './support/newsflow-client';

describe('messages that cannot be processed go to the dead-letter topic, and consumption goes on', () => {
  const probe = new KafkaProbe();
  const run = Date.now();

  beforeAll(() => probe.connect());
  afterAll(() => probe.disconnect());

  const deadLetterFor = async (key: string) => {
    const record = await probe.find(Topics.deadLetter, (m) => m.key === key);
    return DeadLetterSchema.parse(json(record));
  };

  it('dead-letters garbage bytes with the original bytes and where it failed', async () => {
    const garbage = Buffer.from([0xc3, 0x28, 0xff, 0x00, 0x9f]);
    await probe.publish(Topics.rawArticle, { key: `garbage-${run}`, value: garbage });
    const letter = await deadLetterFor(`garbage-${run}`);
    expect(letter).toMatchObject({
      reason: 'message value is not valid UTF-8',
      stage: 'normalizer',
      topic: Topics.rawArticle,
    });
    expect(Buffer.from(letter.originalValueBase64, 'base64')).toEqual(garbage);
  });

  it('dead-letters a submission with wrong fields, naming each field', async () => {
    await probe.publish(Topics.rawArticle, {
      key: `invalid-${run}`,
      value: JSON.stringify({ source: 7, text: 'x', colour: 'blue' }),
    });
    const letter = await deadLetterFor(`invalid-${run}`);
    expect(letter.reason).toBe(`payload does not match ${Topics.rawArticle}`);
    expect(letter.errors.map((e) => e.path).sort()).toEqual(['colour', 'source']);
  });

  it('dead-letters an event without its CloudEvents envelope on an internal topic', async () => {
    await probe.publish(Topics.normalisedArticle, { key: `no-envelope-${run}`, value: JSON.stringify({ id: 'x' }) });
    const letter = await deadLetterFor(`no-envelope-${run}`);
    expect(letter).toMatchObject({ reason: 'invalid CloudEvents headers', stage: 'classifier' });
  });

  it('still processes the next valid message published straight to the raw topic', async () => {
    const marker = `Deadletterprobe${run}`;
    await probe.publish(Topics.rawArticle, {
      key: `valid-${run}`,
      value: JSON.stringify({
        source: 'e2e-raw-topic',
        guid: `valid-${run}`,
        text: `A newsroom system published this ${marker} item straight to Kafka.`,
      }),
    });
    await eventually(async () => {
      const reply = await search({ q: marker });
      expect(reply.body.total).toBe(1);
    });
  });
});
