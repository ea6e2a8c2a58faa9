import { Injectable } from '@nestjs/common';
import { classifyArticle } from '@newsflow/article-classification';
import { StoryRepository } from '@newsflow/article-store';
import { ArticleContracts, type ClassifiedArticle, type NormalisedArticle } from '@newsflow/contracts';
import { type ConsumedEvent, EventPublisher } from '@newsflow/messaging';

/** Works out what a normalised article is about and which story it belongs to. */
@Injectable()
export class ClassifyArticle {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly stories: StoryRepository,
  ) {}

  async execute(event: ConsumedEvent<NormalisedArticle>): Promise<ClassifiedArticle> {
    const article = event.payload;
    const { fingerprint, subjects, places, people, organisations, keywords } = classifyArticle({
      title: article.text.title ?? '',
      body: article.text.body,
      paragraphs: article.text.paragraphs,
      language: article.text.language.code,
    });
    const storyId = await this.stories.assign(article.id, fingerprint);
    const classified: ClassifiedArticle = {
      ...article,
      classification: { subjects, places, people, organisations, keywords, storyId },
    };
    await this.publisher.publish(ArticleContracts.classifiedArticle, {
      key: article.id,
      payload: classified,
      correlationId: event.envelope?.correlation_id,
    });
    return classified;
  }
}
