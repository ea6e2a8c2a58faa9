import { ArticleContracts, articleIdFor, TooBusyError } from '@newsflow/contracts';
import type { EventPublisher, OutgoingEvent } from '@newsflow/messaging';

import { BoundedPublishing } from './bounded-publishing';
import { SourceNotAllowedError } from './source-not-allowed.error';
import { SubmitArticleBatch } from './submit-article-batch';

function recordingPublisher(pendingEvents = 0) {
  const published: OutgoingEvent[][] = [];
  const publisher = {
    pendingEvents,
    publishAll: async (events: OutgoingEvent[]) => void published.push(events),
  } as unknown as EventPublisher;
  return { publisher, published };
}

describe('SubmitArticleBatch', () => {
  it('publishes the valid lines in one call and answers every line with its id or its field paths', async () => {
    const { publisher, published } = recordingPublisher();
    const good = { source: 'cms', guid: 'g-1', text: 'Body.' };
    const outcome = await new SubmitArticleBatch(new BoundedPublishing(publisher)).execute({
      items: [
        { line: 1, value: good },
        { line: 2, value: { source: 'cms', title: 'no body', byline: 'x' } },
        { line: 4, errors: [{ path: '$', message: 'not JSON: Unexpected end' }] },
      ],
      correlationId: 'corr-1',
    });
    expect(outcome).toEqual({
      accepted: 1,
      rejected: 2,
      results: [
        { line: 1, id: articleIdFor(good) },
        {
          line: 2,
          errors: expect.arrayContaining([
            { path: 'byline', message: 'unknown field' },
            expect.objectContaining({ path: 'text' }),
          ]),
        },
        { line: 4, errors: [{ path: '$', message: 'not JSON: Unexpected end' }] },
      ],
    });
    expect(published).toEqual([
      [
        expect.objectContaining({
          contract: ArticleContracts.rawArticle,
          key: articleIdFor(good),
          payload: good,
          correlationId: 'corr-1',
        }),
      ],
    ]);
  });

  it('refuses the whole batch while more than the bound waits for Kafka, publishing nothing', async () => {
    const { publisher, published } = recordingPublisher(90);
    const publishing = new BoundedPublishing(publisher, undefined, { maxPendingArticles: 100 });
    const items = Array.from({ length: 20 }, (_, i) => ({ line: i + 1, value: { source: 'cms', text: `A ${i}` } }));
    await expect(new SubmitArticleBatch(publishing).execute({ items })).rejects.toBeInstanceOf(TooBusyError);
    expect(published).toEqual([]);
  });

  it('takes a batch larger than the bound when nothing is waiting, so a big batch is never refused forever', async () => {
    const { publisher, published } = recordingPublisher(0);
    const publishing = new BoundedPublishing(publisher, undefined, { maxPendingArticles: 5 });
    const items = Array.from({ length: 8 }, (_, i) => ({ line: i + 1, value: { source: 'cms', text: `A ${i}` } }));
    expect((await new SubmitArticleBatch(publishing).execute({ items })).accepted).toBe(8);
    expect(published[0]).toHaveLength(8);
  });

  it("refuses the whole batch when any line names a source other than its key's, publishing nothing", async () => {
    const { publisher, published } = recordingPublisher();
    const items = [
      { line: 1, value: { source: 'cms', text: 'Ours.' } },
      { line: 2, value: { source: 'rival', text: 'Theirs.' } },
    ];
    const submit = new SubmitArticleBatch(new BoundedPublishing(publisher));
    await expect(
      submit.execute({ items, publisher: { keyId: 'k1', source: 'cms', scopes: ['publish'] } }),
    ).rejects.toThrow(new SourceNotAllowedError('k1', ['rival']));
    expect(published).toEqual([]);
    await submit.execute({ items: items.slice(0, 1), publisher: { keyId: 'k1', source: 'cms', scopes: ['publish'] } });
    expect(published[0]).toEqual([expect.objectContaining({ submittedBy: 'k1' })]);
  });
});
