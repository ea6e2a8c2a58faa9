import { ArticleContracts, articleIdFor, DependencyUnavailableError } from '@newsflow/contracts';
import type { EventPublisher } from '@newsflow/messaging';

import { BoundedPublishing, type PublishTimeouts } from './bounded-publishing';
import { SubmitArticle } from './submit-article';

const submitter = (publisher: unknown, timeouts?: PublishTimeouts) =>
  new SubmitArticle(new BoundedPublishing(publisher as EventPublisher, timeouts));

describe('SubmitArticle', () => {
  it('publishes the submission keyed by its stable id and returns that id', async () => {
    const published: unknown[][] = [];
    const publisher = {
      publishAll: async (...args: unknown[]) => void published.push(args),
    } as unknown as EventPublisher;
    const submission = { source: 'cms', guid: 'g-1', text: 'Body.' };
    const { id } = await submitter(publisher).execute(submission, 'corr-1');
    expect(id).toBe(articleIdFor(submission));
    expect(published).toEqual([
      [[{ contract: ArticleContracts.rawArticle, key: id, payload: submission, correlationId: 'corr-1' }]],
    ]);
  });
});

describe('SubmitArticle while the broker is away', () => {
  const submission = { source: 'cms', guid: 'g-2', text: 'Body.' };

  it('gives up after the timeout with a DependencyUnavailableError', async () => {
    const publisher = { publishAll: () => new Promise<void>(() => undefined) } as unknown as EventPublisher;
    await expect(submitter(publisher, { healthyMs: 50, failingMs: 50 }).execute(submission)).rejects.toBeInstanceOf(
      DependencyUnavailableError,
    );
  });

  it('turns a kafkajs failure into a DependencyUnavailableError', async () => {
    const disconnected = Object.assign(new Error('The producer is disconnected'), { name: 'KafkaJSError' });
    const publisher = { publishAll: async () => Promise.reject(disconnected) } as unknown as EventPublisher;
    await expect(
      submitter(publisher, { healthyMs: 1_000, failingMs: 1_000 }).execute(submission),
    ).rejects.toMatchObject({
      name: 'DependencyUnavailableError',
      dependency: 'kafka',
    });
  });

  it('lets any other failure through as it is', async () => {
    const bug = new TypeError('not a broker problem');
    const publisher = { publishAll: async () => Promise.reject(bug) } as unknown as EventPublisher;
    await expect(submitter(publisher, { healthyMs: 1_000, failingMs: 1_000 }).execute(submission)).rejects.toBe(bug);
  });

  it('waits the short timeout once a publish has failed, and the long one again after a success', async () => {
    let answer: 'hang' | 'ok' = 'hang';
    const publisher = {
      publishAll: () => (answer === 'ok' ? Promise.resolve() : new Promise<void>(() => undefined)),
    } as unknown as EventPublisher;
    const submit = submitter(publisher, { healthyMs: 300, failingMs: 20 });
    await expect(submit.execute(submission)).rejects.toThrow('within 300 ms');
    await expect(submit.execute(submission)).rejects.toThrow('within 20 ms');
    answer = 'ok';
    await submit.execute(submission);
    answer = 'hang';
    await expect(submit.execute(submission)).rejects.toThrow('within 300 ms');
  });
});
