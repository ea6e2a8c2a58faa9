import type { ArticleSource, ArticleSourceRepository } from '@newsflow/article-store';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';

import { KeepSubmissions } from './keep-submissions';
import type { SubmittedArticle } from './normalise-documents';

const { classification: _classification, ...article } = classifiedArticleFixture();
const submitted: SubmittedArticle = {
  article,
  submission: { source: 'cms', html: '<p>The harbour reopened on Monday.</p>' },
  wireMediaType: null,
};

function repository(write: (sources: ArticleSource[]) => Promise<void>): ArticleSourceRepository {
  return { upsertMany: write } as unknown as ArticleSourceRepository;
}

describe('KeepSubmissions', () => {
  it('stores every normalised article in one write and passes the articles on', async () => {
    const writes: ArticleSource[][] = [];
    const keep = new KeepSubmissions(repository(async (sources) => void writes.push(sources)));
    const refused = { status: 'rejected', reason: new Error('unreadable') } as const;
    const results = await keep.execute([{ status: 'fulfilled', value: [submitted, submitted] }, refused]);
    expect(results).toEqual([{ status: 'fulfilled', value: [article, article] }, refused]);
    expect(writes).toHaveLength(1);
    expect(writes[0][0]).toEqual({
      articleId: article.id,
      version: article.version,
      submission: submitted.submission,
      wireMediaType: null,
      receivedAt: new Date(article.receivedAt),
    });
  });

  it('fails every normalised message when the submissions cannot be stored', async () => {
    const outage = new Error('connection refused');
    const keep = new KeepSubmissions(repository(() => Promise.reject(outage)));
    expect(await keep.execute([{ status: 'fulfilled', value: [submitted] }])).toEqual([
      { status: 'rejected', reason: outage },
    ]);
  });
});
