import { type CallHandler, type ExecutionContext, Logger } from '@nestjs/common';
import { ArticleContracts, ArticleRejectedError, cloudEventHeaders, Topics } from '@newsflow/contracts';
import { StageMetrics } from '@newsflow/observability';
import { firstValueFrom, of, throwError } from 'rxjs';

import type { DeadLetterPublisher, FailedMessage } from '../publishing/dead-letter-publisher';
import { ConsumedEventGate } from './consumed-event-gate.interceptor';

class RecordingDeadLetters {
  readonly letters: { message: FailedMessage; reason: string; errors: unknown[] }[] = [];
  async publish(message: FailedMessage, reason: string, errors: unknown[] = []) {
    this.letters.push({ message, reason, errors });
  }
}

function kafkaContext(
  topic: string,
  value: Buffer | null,
  headers: Record<string, string> = {},
  offset = '7',
): ExecutionContext {
  const message = { key: 'article-1', value, headers, offset, timestamp: '1700000000000' };
  const context = { getMessage: () => message, getTopic: () => topic, getPartition: () => 0 };
  return { switchToRpc: () => ({ getContext: () => context }) } as unknown as ExecutionContext;
}

const handled = (result: unknown = undefined): CallHandler => ({ handle: () => of(result) });
const failing = (error: unknown): CallHandler => ({ handle: () => throwError(() => error) });
const submission = Buffer.from(JSON.stringify({ source: 'cms', text: 'Hello' }));

describe('ConsumedEventGate', () => {
  let deadLetters: RecordingDeadLetters;
  let gate: ConsumedEventGate;

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    deadLetters = new RecordingDeadLetters();
    gate = new ConsumedEventGate(deadLetters as unknown as DeadLetterPublisher, new StageMetrics(), {
      stage: 'normalizer',
      brokers: [],
      topicPartitions: 1,
    });
  });

  it('lets a valid message through to the handler', async () => {
    const context = kafkaContext(Topics.rawArticle, submission);
    await expect(firstValueFrom(gate.intercept(context, handled('done')))).resolves.toBe('done');
    expect(deadLetters.letters).toEqual([]);
  });

  it('dead-letters an invalid message without calling the handler', async () => {
    const handler = { handle: jest.fn(() => of('called')) };
    await firstValueFrom(gate.intercept(kafkaContext(Topics.rawArticle, Buffer.from('{"source":1}')), handler));
    expect(handler.handle).not.toHaveBeenCalled();
    expect(deadLetters.letters[0]).toMatchObject({ reason: `payload does not match ${Topics.rawArticle}` });
    expect(deadLetters.letters[0].message).toMatchObject({ topic: Topics.rawArticle, offset: '7', key: 'article-1' });
  });

  it('dead-letters a message on a topic without a contract', async () => {
    await firstValueFrom(gate.intercept(kafkaContext('news.unknown.v1', submission), handled()));
    expect(deadLetters.letters[0].reason).toBe('no contract for topic news.unknown.v1');
  });

  it('dead-letters an article the stage rejects', async () => {
    const context = kafkaContext(Topics.rawArticle, submission);
    await firstValueFrom(gate.intercept(context, failing(new ArticleRejectedError('no usable article text'))));
    expect(deadLetters.letters.map((l) => l.reason)).toEqual(['no usable article text']);
  });

  it('retries other failures (offset stays uncommitted), then gives up into the dead-letter topic', async () => {
    const headers = cloudEventHeaders({ type: ArticleContracts.rawArticle.type, source: '/t' });
    const context = kafkaContext(Topics.rawArticle, submission, headers);
    for (let attempt = 1; attempt < 5; attempt += 1) {
      await expect(firstValueFrom(gate.intercept(context, failing(new Error('database is down'))))).rejects.toThrow(
        'database is down',
      );
    }
    await firstValueFrom(gate.intercept(context, failing(new Error('database is down'))));
    expect(deadLetters.letters.map((l) => l.reason)).toEqual(['gave up after 5 attempts: database is down']);
  });
});
