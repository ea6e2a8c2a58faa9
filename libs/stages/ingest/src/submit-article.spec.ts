import { ArticleContracts, articleIdFor } from '@newsflow/contracts';
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
