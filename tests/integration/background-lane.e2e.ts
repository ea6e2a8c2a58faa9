import { Controller, type INestApplication, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  type ArticleSubmission,
  cloudEventHeaders,
  contractForTopic,
  type DeadLetter,
  Topics,
} from '@newsflow/contracts';
import {
  type ConsumedBatch,
  ConsumerHealth,
  type EventOutcome,
  KafkaBatchTransport,
  MessagingModule,
  published,
} from '@newsflow/messaging';
import { ObservabilityModule } from '@newsflow/observability';
import { eventually } from '@newsflow/test-harness';

import { KafkaProbe } from './support/kafka-probe';
import { stack } from './support/stack-env';

/**
 * A stage's background topic has a consumer group of its own: while one of its batches is stuck,
 * the stage still takes its main topic's messages, and the stuck batch finishes afterwards. The
 * main topic here is the dead-letter topic, which no stage of the running pipeline consumes.
 */
const run = Date.now();
const stage = `lane-test-${run}`;
const handled: string[] = [];
let releaseBackground: () => void = () => undefined;
const backgroundReleased = new Promise<void>((resolve) => (releaseBackground = resolve));
let backgroundEntered = false;

@Controller()
class TwoLaneController {
  @EventPattern(Topics.deadLetter)
  onDeadLetter(@Payload() batch: ConsumedBatch<DeadLetter>): EventOutcome[] {
    for (const { payload } of batch.events) handled.push(payload.key ?? '');
    return batch.events.map(() => published());
  }

  @EventPattern(Topics.rawArticle)
  async onSubmitted(@Payload() batch: ConsumedBatch<ArticleSubmission>): Promise<EventOutcome[]> {
    backgroundEntered = true;
    await backgroundReleased;
    for (const { payload } of batch.events) handled.push(payload.guid ?? '');
    return batch.events.map(() => published());
  }
}

@Module({
  imports: [
    ObservabilityModule.forRoot({ service: stage, logLevel: 'silent' }),
    MessagingModule.forRoot({
      stage,
      brokers: stack.kafkaBrokers,
      topicPartitions: 3,
      backgroundTopics: [Topics.rawArticle],
    }),
  ],
  controllers: [TwoLaneController],
})
class TwoLaneStageModule {}

describe('a background topic in a consumer group of its own', () => {
  const probe = new KafkaProbe();
  let app: INestApplication | null = null;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    await probe.connect();
    await probe.startGroupAtEnd(`newsflow-${stage}`, Topics.deadLetter);
    await probe.startGroupAtEnd(`newsflow-${stage}-background`, Topics.rawArticle);
    app = await NestFactory.create(TwoLaneStageModule, { logger: false });
    app.connectMicroservice({ strategy: app.get(KafkaBatchTransport) });
    await app.init();
    await app.startAllMicroservices();
    await eventually(() => app?.get(ConsumerHealth).check() ?? Promise.reject(new Error('no app')), 60_000);
  });

  afterAll(async () => {
    releaseBackground();
    await app?.close();
    await probe.disconnect();
  });

  it('takes main-topic messages while a background batch is stuck, and commits both groups', async () => {
    const guid = `lane-${run}`;
    const submittedAt = await probe.publish(Topics.rawArticle, {
      key: guid,
      value: JSON.stringify({ source: 'e2e-lanes', guid, text: `Lane test ${guid}.` }),
    });
    await eventually(async () => expect(backgroundEntered).toBe(true));

    const letterKey = `lane-letter-${run}`;
    const letter: DeadLetter = {
      reason: 'lane test',
      errors: [],
      stage,
      topic: Topics.rawArticle,
      partition: 0,
      offset: '0',
      key: letterKey,
      headers: {},
      originalValueBase64: '',
      failedAt: new Date().toISOString(),
    };
    const letterAt = await probe.publish(Topics.deadLetter, {
      key: letterKey,
      value: JSON.stringify(letter),
      headers: { ...cloudEventHeaders({ type: contractForTopic(Topics.deadLetter)?.type ?? '', source: stage }) },
    });
    await probe.waitUntilConsumed(`newsflow-${stage}`, Topics.deadLetter, letterAt, 20_000);
    expect(handled).toEqual([letterKey]);

    releaseBackground();
    await probe.waitUntilConsumed(`newsflow-${stage}-background`, Topics.rawArticle, submittedAt, 20_000);
    expect(handled).toEqual([letterKey, guid]);
  });
});
