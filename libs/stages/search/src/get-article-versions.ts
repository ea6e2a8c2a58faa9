import { Injectable } from '@nestjs/common';
import { ArticleRepository } from '@newsflow/article-store';
import type { PubStatus } from '@newsflow/contracts';

/** One version of an article's history, as the API lists it. */
export interface ArticleVersionView {
  version: number;
  receivedAt: string;
  headline: string | null;
  status: PubStatus;
  embargoedUntil: string | null;
}

/** Every version received of an article, newest first, from PostgreSQL: corrections and kills included. */
@Injectable()
export class GetArticleVersions {
  constructor(private readonly articles: ArticleRepository) {}

  async execute(id: string): Promise<ArticleVersionView[]> {
    const versions = await this.articles.findVersions(id);
    return versions.map((row) => ({
      version: row.version,
      receivedAt: row.receivedAt.toISOString(),
      headline: row.headline,
      status: row.status,
      embargoedUntil: row.embargoedUntil?.toISOString() ?? null,
    }));
  }
}
