import { Injectable } from '@nestjs/common';
import { ArticleRepository } from '@newsflow/article-store';
import { type NinjsArticle, renderNinjs } from '@newsflow/ninjs';

/** The full enriched article, from PostgreSQL, the source of truth. */
@Injectable()
export class GetArticle {
  constructor(private readonly articles: ArticleRepository) {}

  async execute(id: string): Promise<NinjsArticle | null> {
    const article = await this.articles.findById(id);
    return article ? renderNinjs(article) : null;
  }
}
