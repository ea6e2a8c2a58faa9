import { Injectable } from '@nestjs/common';
import { classifyArticle } from '@newsflow/article-classification';
import { StoryRepository } from '@newsflow/article-store';
import type { ClassifiedArticle, NormalisedArticle } from '@newsflow/contracts';

export interface ClassifyCommand {
  article: NormalisedArticle;
}

/** Works out what normalised articles are about and which story each belongs to. */
@Injectable()
export class ClassifyArticles {
  constructor(private readonly stories: StoryRepository) {}

  /** In order, one at a time: two copies of one story in a batch must see each other's assignment. */
  async execute(commands: ClassifyCommand[]): Promise<PromiseSettledResult<ClassifiedArticle>[]> {
    const results: PromiseSettledResult<ClassifiedArticle>[] = [];
    for (const { article } of commands) {
      try {
        results.push({ status: 'fulfilled', value: await this.classify(article) });
      } catch (reason) {
        results.push({ status: 'rejected', reason });
      }
    }
    return results;
  }

  private async classify(article: NormalisedArticle): Promise<ClassifiedArticle> {
    const { fingerprint, subjects, places, people, organisations, keywords } = classifyArticle({
      title: article.text.title ?? '',
      body: article.text.body,
      paragraphs: article.text.paragraphs,
      language: article.text.language.code,
    });
    const storyId = await this.stories.assign(article.id, fingerprint);
    return { ...article, classification: { subjects, places, people, organisations, keywords, storyId } };
  }
}
