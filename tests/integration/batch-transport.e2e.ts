import { Controller, type INestApplication, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type ArticleSubmission, DeadLetterSchema, Topics } from '@newsflow/contracts';
import {
  type ConsumedBatch,
  ConsumerHealth,
  type EventOutcome,
  failed,
  KafkaBatchTransport,
  MessagingModule,
  published,
} from '@newsflow/messaging';
import { ObservabilityModule, StageMetrics } from '@newsflow/observability';
import { eventually } from '@newsflow/test-harness';

import { json, KafkaProbe } from './support/kafka-probe';
import { stack } from './support/stack-env';

/**
 * The transport on its own, against the real broker: a stage whose dependency fails is driven
 * through an outage and through a message that fails for an unforeseen reason.
 */
const run = Date.now();
const stage = `transport-test-${run}`;
const calls = new Map<string, number>();
const behaviour = { outage: false };

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9200'), { code: 'ECONNREFUSED' });

@Controller()
class FlakyController {
  @EventPattern(Topics.rawArticle)
  onSubmitted(@Payload() batch: ConsumedBatch<ArticleSubmission>): EventOutcome[] {
    return batch.events.map(({ payload }) => {
      const guid = payload.guid ?? '';
      calls.set(guid, (calls.get(guid) ?? 0) + 1);
      if (guid.startsWith('always-fails')) return failed(new TypeError('a bug nobody foresaw'));
      if (behaviour.outage) return failed(refused());
      return published();
    });
  }
}

@Module({
  imports: [
    ObservabilityModule.forRoot({ service: stage, logLevel: 'silent' }),
    MessagingModule.forRoot({ stage, brokers: stack.kafkaBrokers, topicPartitions: 3 }),
  ],
  controllers: [FlakyController],
})
class FlakyStageModule {}

async function startFlakyStage(): Promise<INestApplication> {
  const app = await NestFactory.create(FlakyStageModule, { logger: false });
  app.connectMicroservice({ strategy: app.get(KafkaBatchTransport) });
  await app.init();
  await app.startAllMicroservices();
  await eventually(() => app.get(ConsumerHealth).check(), 60_000);
  return app;
}

const submission = (guid: string) => ({
  key: guid,
  partition: 0,
  value: JSON.stringify({ source: 'e2e-transport', guid, text: `Transport test ${guid}.` }),
});

describe('the batch transport against a real broker', () => {
  const probe = new KafkaProbe();
  let app: INestApplication | null = null;
  const current = () => {
    if (!app) throw new Error('the flaky stage is not running');
    return app;
  };

  beforeAll(async () => {
    Logger.overrideLogger(false);
    await probe.connect();
    await probe.startGroupAtEnd(`newsflow-${stage}`, Topics.rawArticle);
    app = await startFlakyStage();
  });

  afterAll(async () => {
    await app?.close();
    await probe.disconnect();
  });

  it('pauses through an outage, reports not ready, never dead-letters, and resumes by itself', async () => {
    behaviour.outage = true;
    const guids = Array.from({ length: 5 }, (_, n) => `outage-${run}-${n}`);
    await probe.publishAll(Topics.rawArticle, guids.map(submission));

    await eventually(async () => expect(calls.get(guids[0]) ?? 0).toBeGreaterThanOrEqual(3));
    await expect(current().get(ConsumerHealth).check()).rejects.toThrow(/ECONNREFUSED/);

    behaviour.outage = false;
    const before = guids.map((guid) => calls.get(guid) ?? 0);
    await eventually(() => current().get(ConsumerHealth).check(), 30_000);
    await eventually(async () => guids.forEach((guid, n) => expect(calls.get(guid)).toBeGreaterThan(before[n])));
    const metrics = await current().get(StageMetrics).registry.metrics();
    expect(metrics).not.toMatch(
      new RegExp(`newsflow_articles_total\\{stage="${stage}",outcome="dead-lettered"\\} [1-9]`),
    );
    expect(metrics).toMatch(new RegExp(`newsflow_articles_total\\{stage="${stage}",outcome="done"\\} 5`));
  });

  it('dead-letters an unforeseen failure after five attempts, counted across a restart, within seconds', async () => {
    const guid = `always-fails-${run}`;
    const started = Date.now();
    await probe.publishAll(Topics.rawArticle, [submission(guid)]);
    await eventually(async () => expect(calls.get(guid) ?? 0).toBeGreaterThanOrEqual(2));
    await current().close();
    const beforeRestart = calls.get(guid) ?? 0;
    app = await startFlakyStage();

    const letter = DeadLetterSchema.parse(
      json(await probe.find(Topics.deadLetter, (m) => m.key === guid && json(m)['stage'] === stage)),
    );
    expect(letter.reason).toBe('gave up after 5 attempts: a bug nobody foresaw');
    const afterRestart = (calls.get(guid) ?? 0) - beforeRestart;
    expect(afterRestart).toBeLessThan(5);
    expect(beforeRestart + afterRestart).toBeLessThanOrEqual(5);
    process.stdout.write(
      `unforeseen failure: ${beforeRestart} attempts before and ${afterRestart} after a restart, dead-lettered ${Date.now() - started} ms after publishing\n`,
    );
  });
});
