import { ArticleContracts, articleIdFor, ArticleRejectedError } from '@newsflow/contracts';
import type { EventPublisher } from '@newsflow/messaging';
import { rss, wireDocument, XXE_RSS } from '@newsflow/wire-formats/testing';

import { BoundedPublishing } from './bounded-publishing';
import { SourceNotAllowedError } from './source-not-allowed.error';
import { SubmitWireDocument } from './submit-wire-document';

const feed = (xml: string) => wireDocument('application/rss+xml', xml, 'partner');

describe('SubmitWireDocument', () => {
  const published: { contract: unknown; key: string; payload: { guid?: string }; submittedBy?: string }[] = [];
  const sends: number[] = [];
  const publisher = {
    pendingEvents: 0,
    publishAll: async (events: typeof published) => {
      sends.push(events.length);
      published.push(...events);
    },
  } as unknown as EventPublisher;
  const submit = new SubmitWireDocument(new BoundedPublishing(publisher));

  beforeEach(() => {
    published.length = 0;
    sends.length = 0;
  });

  it('publishes every item of a feed as its own submission, keyed by its stable id', async () => {
    const { ids } = await submit.execute(feed(rss('s1', 2)));
    expect(published.map((event) => event.payload.guid)).toEqual(['s1-0', 's1-1']);
    expect(ids).toEqual(published.map((event) => articleIdFor(event.payload as never)));
    expect(published.map((event) => event.key)).toEqual(ids);
    expect(published.every((event) => event.contract === ArticleContracts.rawArticle)).toBe(true);
    expect(sends).toEqual([2]);
  });

  it('publishes nothing from a refused document', async () => {
    await expect(submit.execute(feed(XXE_RSS))).rejects.toBeInstanceOf(ArticleRejectedError);
    expect(published).toEqual([]);
  });

  it("carries the key's id with each article, and refuses the whole document naming another source", async () => {
    await submit.execute(feed(rss('s2', 2)), undefined, { keyId: 'k1', source: 'partner', scopes: ['publish'] });
    expect(published.map((event) => event.submittedBy)).toEqual(['k1', 'k1']);
    published.length = 0;
    await expect(
      submit.execute(feed(rss('s3', 2)), undefined, { keyId: 'k1', source: 'other', scopes: ['publish'] }),
    ).rejects.toThrow(SourceNotAllowedError);
    expect(published).toEqual([]);
  });
});
