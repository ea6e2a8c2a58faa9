import { Injectable } from '@nestjs/common';
import { ArticleRepository } from '@newsflow/article-store';
import { ArticleRejectedError, type ClassifiedArticle, DependencyUnavailableError } from '@newsflow/contracts';

import { IndexArticles, type IndexOutcome } from './index-article';

export interface WithdrawCommand {
  id: string;
  /** The broker's log-append time of the withdrawal: the version it gives the article. */
  receivedAt: Date;
}

/** How long a kill waits for its article to be stored (it may overtake the submission it kills). */
const ARTICLE_WAIT_MS = 10 * 60_000;

/** The stored article as a newer version, marked withdrawn; the same content, so history shows what was killed. */
export function withdrawnVersion(stored: ClassifiedArticle, receivedAt: Date): ClassifiedArticle {
  return { ...stored, version: receivedAt.getTime(), receivedAt: receivedAt.toISOString(), pubStatus: 'withdrawn' };
}

/**
 * An editor's kill by id goes through the same version-guarded writes as any version: a newer
 * version marked withdrawn in PostgreSQL (the old one kept in the history) and in Elasticsearch,
 * where the status keeps it out of every search while its version still refuses older ones.
 */
@Injectable()
export class WithdrawArticles {
  constructor(
    private readonly articles: ArticleRepository,
    private readonly indexArticles: IndexArticles,
  ) {}

  async execute(commands: WithdrawCommand[], now = Date.now()): Promise<PromiseSettledResult<IndexOutcome>[]> {
    const results: PromiseSettledResult<IndexOutcome>[] = [];
    for (const command of commands) results.push(await this.settle(command, now));
    return results;
  }

  private async settle(command: WithdrawCommand, now: number): Promise<PromiseSettledResult<IndexOutcome>> {
    const stored = await this.articles.findById(command.id);
    if (!stored) {
      if (now - command.receivedAt.getTime() > ARTICLE_WAIT_MS) {
        return { status: 'rejected', reason: new ArticleRejectedError(`no article ${command.id} to withdraw`) };
      }
      return {
        status: 'rejected',
        reason: new DependencyUnavailableError('stored article', `article ${command.id} not stored yet`),
      };
    }
    const [result] = await this.indexArticles.execute([{ article: withdrawnVersion(stored, command.receivedAt) }]);
    return result;
  }
}
