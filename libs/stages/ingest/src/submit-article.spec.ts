import { ArticleContracts, articleIdFor, DependencyUnavailableError } from '@newsflow/contracts';
import type { EventPublisher } from '@newsflow/messaging';

import { SubmitArticle } from './submit-article';

describe('SubmitArticle', () => {
  it('publishes the submission keyed by its stable id and returns that id', async () => {
    const published: unknown[][] = [];
    const publisher = { publish: async (...args: unknown[]) => void published.push(args) } as unknown as EventPublisher;
    const submission = { source: 'cms', guid: 'g-1', text: 'Body.' };
    const { id } = await new SubmitArticle(publisher).execute(submission, 'corr-1');
    expect(id).toBe(articleIdFor(submission));
    expect(published).toEqual([
      [ArticleContracts.rawArticle, { key: id, payload: submission, correlationId: 'corr-1' }],
    ]);
  });
});

describe('SubmitArticle while the broker is away', () => {
  const submission = { source: 'cms', guid: 'g-2', text: 'Body.' };

  it('gives up after the timeout with a DependencyUnavailableError', async () => {
    const publisher = { publish: () => new Promise<void>(() => undefined) } as unknown as EventPublisher;
    await expect(
      new SubmitArticle(publisher, { healthyMs: 50, failingMs: 50 }).execute(submission),
    ).rejects.toBeInstanceOf(DependencyUnavailableError);
  });

  it('turns a kafkajs failure into a DependencyUnavailableError', async () => {
    const disconnected = Object.assign(new Error('The producer is disconnected'), { name: 'KafkaJSError' });
    const publisher = { publish: async () => Promise.reject(disconnected) } as unknown as EventPublisher;
    await expect(
      new SubmitArticle(publisher, { healthyMs: 1_000, failingMs: 1_000 }).execute(submission),
    ).rejects.toMatchObject({
      name: 'DependencyUnavailableError',
      dependency: 'kafka',
    });
  });

  it('lets any other failure through as it is', async () => {
    const bug = new TypeError('not a broker problem');
    const publisher = { publish: async () => Promise.reject(bug) } as unknown as EventPublisher;
    await expect(new SubmitArticle(publisher, { healthyMs: 1_000, failingMs: 1_000 }).execute(submission)).rejects.toBe(
      bug,
    );
  });

  it('waits the short timeout once a publish has failed, and the long one again after a success', async () => {
    let answer: 'hang' | 'ok' = 'hang';
    const publisher = {
      publish: () => (answer === 'ok' ? Promise.resolve() : new Promise<void>(() => undefined)),
    } as unknown as EventPublisher;
    const submit = new SubmitArticle(publisher, { healthyMs: 300, failingMs: 20 });
    await expect(submit.execute(submission)).rejects.toThrow('within 300 ms');
    await expect(submit.execute(submission)).rejects.toThrow('within 20 ms');
    answer = 'ok';
    await submit.execute(submission);
    answer = 'hang';
    await expect(submit.execute(submission)).rejects.toThrow('within 300 ms');
  });
});
