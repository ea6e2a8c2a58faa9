import { Injectable } from '@nestjs/common';
import { ArticleRepository, TranslationRepository } from '@newsflow/article-store';
import { type NinjsArticle, renderNinjs, withTranslations } from '@newsflow/ninjs';

/** The full enriched article, from PostgreSQL, the source of truth, with the translations of its version. */
@Injectable()
export class GetArticle {
  constructor(
    private readonly articles: ArticleRepository,
    private readonly translations: TranslationRepository,
  ) {}

  async execute(id: string): Promise<NinjsArticle | null> {
    const article = await this.articles.findById(id);
    return article ? withTranslations(renderNinjs(article), await this.translations.forArticle(id)) : null;
  }
}
