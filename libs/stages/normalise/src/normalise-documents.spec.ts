import { ArticleRejectedError } from '@newsflow/contracts';
import { rss, wireDocument } from '@newsflow/wire-formats/testing';

import normaliseInWorker from './normalise.worker';
import { NormaliseArticles, type TextWork } from './normalise-articles';
import { NormaliseDocuments } from './normalise-documents';

const inThisThread: TextWork = {
  runAll: (commands) => Promise.allSettled(commands.map(async (command) => normaliseInWorker(command))),
};
const receivedAt = new Date('2026-11-30T12:00:00.000Z');
const feed = (xml: string) => wireDocument('application/rss+xml', xml, 'partner');

describe('NormaliseDocuments', () => {
  const normalise = new NormaliseDocuments(new NormaliseArticles(inThisThread));

  it('settles each message with all of its articles: a feed gives one per item, a submission one', async () => {
    const [document, submission] = await normalise.execute([
      { payload: feed(rss('d1', 3)), receivedAt, sentAt: null },
      { payload: { source: 'cms', guid: 'g', text: 'The harbour reopened on Monday.' }, receivedAt, sentAt: null },
    ]);
    if (document.status !== 'fulfilled' || submission.status !== 'fulfilled') throw new Error('not normalised');
    expect(document.value.map(({ article }) => article.guid)).toEqual(['d1-0', 'd1-1', 'd1-2']);
    expect(document.value[0].article).toMatchObject({
      source: 'partner',
      original: { subjects: [{ name: 'politics' }] },
    });
    expect(document.value[0]).toMatchObject({ submission: { guid: 'd1-0' }, wireMediaType: 'application/rss+xml' });
    expect(submission.value.map(({ article }) => article.guid)).toEqual(['g']);
    expect(submission.value[0]).toMatchObject({
      submission: { text: 'The harbour reopened on Monday.' },
      wireMediaType: null,
    });
  });

  it('rejects a document that cannot be read, and only that one', async () => {
    const [refused, fine] = await normalise.execute([
      { payload: feed('<!DOCTYPE rss [<!ENTITY x "y">]><rss/>'), receivedAt, sentAt: null },
      { payload: feed(rss('d2', 1)), receivedAt, sentAt: null },
    ]);
    expect(refused.status === 'rejected' && refused.reason).toBeInstanceOf(ArticleRejectedError);
    expect(fine.status === 'fulfilled' && fine.value).toHaveLength(1);
  });
});
