import type { ArticleRepository } from '@newsflow/article-store';
import { ArticleRejectedError, type ClassifiedArticle, DependencyUnavailableError } from '@newsflow/contracts';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';

import type { IndexArticles, IndexCommand } from './index-article';
import { WithdrawArticles, withdrawnVersion } from './withdraw-article';

const article = classifiedArticleFixture();
const killedAt = new Date(article.version + 60_000);

function withdrawing(stored: ClassifiedArticle | null, indexed: IndexCommand[] = []) {
  const articles = { findById: async () => stored } as unknown as ArticleRepository;
  const indexer = {
    execute: async (commands: IndexCommand[]) => {
      indexed.push(...commands);
      return commands.map(() => ({ status: 'fulfilled', value: 'written' }));
    },
  } as unknown as IndexArticles;
  return new WithdrawArticles(articles, indexer);
}

describe('withdrawnVersion', () => {
  it('is the stored article as a newer version marked withdrawn, versioned by the kill', () => {
    expect(withdrawnVersion(article, killedAt)).toEqual({
      ...article,
      version: killedAt.getTime(),
      receivedAt: killedAt.toISOString(),
      pubStatus: 'withdrawn',
    });
  });
});

describe('WithdrawArticles', () => {
  it('indexes the withdrawn version through the version-guarded writes', async () => {
    const indexed: IndexCommand[] = [];
    const results = await withdrawing(article, indexed).execute([{ id: article.id, receivedAt: killedAt }]);
    expect(results).toEqual([{ status: 'fulfilled', value: 'written' }]);
    expect(indexed.map(({ article: a }) => [a.version, a.pubStatus])).toEqual([[killedAt.getTime(), 'withdrawn']]);
  });

  it('waits for an article not stored yet, and dead-letters the kill once it has waited too long', async () => {
    const command = { id: article.id, receivedAt: killedAt };
    const [soon] = await withdrawing(null).execute([command], killedAt.getTime() + 1_000);
    expect(soon).toMatchObject({ status: 'rejected', reason: expect.any(DependencyUnavailableError) });
    const [late] = await withdrawing(null).execute([command], killedAt.getTime() + 11 * 60_000);
    expect(late).toMatchObject({ status: 'rejected', reason: expect.any(ArticleRejectedError) });
  });
});
